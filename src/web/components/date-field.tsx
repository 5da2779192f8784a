import { parseDay } from '../format/dates.js';

/** Props of a dd/mm/yyyy date field. */
export interface DateFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** A date typed as dd/mm/yyyy; flags a date that is not a real day. */
export function DateField({ id, label, value, onChange }: DateFieldProps) {
  const invalid = parseDay(value) === null;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} <span className="hint">(dd/mm/yyyy)</span>
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {invalid ? (
        <span id={`${id}-error`} className="field-error">
          Enter a real date as dd/mm/yyyy
        </span>
      ) : null}
    </div>
  );
}
