/** Props of the stated-purpose field. */
export interface PurposeFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
}

/**
 * The stated purpose the server requires (5-500 characters) before any person-level data;
 * it is recorded in the audit log with the request.
 */
export function PurposeField({ id, value, onChange }: PurposeFieldProps) {
  return (
    <div className="field purpose">
      <label htmlFor={id}>Stated purpose (recorded in the audit log)</label>
      <input
        id={id}
        type="text"
        required
        minLength={5}
        maxLength={500}
        value={value}
        placeholder="e.g. TTCG preparation, operation name"
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
