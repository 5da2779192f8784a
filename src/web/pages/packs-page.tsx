import { useState, type FormEvent } from 'react';
import { apiPost } from '../api/api-client.js';
import { forces, type PackResult, type SessionUser } from '../api/api-types.js';
import { DateField } from '../components/date-field.js';
import { ErrorNotice, Loading } from '../components/notice.js';
import { PurposeField } from '../components/purpose-field.js';
import { parseDay } from '../format/dates.js';
import { useProfile } from '../profile-state.js';
import { forceLabel } from './filter-panel.js';

const formatLabels = { pdf: 'PDF', html: 'HTML', csv: 'CSV', xlsx: 'Excel' } as const;
type Format = keyof typeof formatLabels;

interface PackDraft {
  force: string;
  meeting: string;
  ranking: 'rfg' | 'occurrences' | 'harm';
  formats: Format[];
  purpose: string;
}

function packProblem(draft: PackDraft): string | null {
  const meeting = parseDay(draft.meeting);
  if (meeting === null || meeting === '') return 'Enter the meeting date as dd/mm/yyyy.';
  if (draft.formats.length === 0) return 'Choose at least one format.';
  if (draft.purpose.trim().length < 5) return 'State the purpose (at least 5 characters).';
  return null;
}

function Downloads({ pack }: { pack: PackResult }) {
  return (
    <section aria-labelledby="pack-files" className="downloads">
      <h2 id="pack-files">Pack files</h2>
      <ul>
        {pack.files.map((f) => (
          <li key={f.name}>
            <a href={f.url} download={f.name}>
              {formatLabels[f.format as Format] ?? f.format}: {f.name}
            </a>
          </li>
        ))}
      </ul>
      <p className="hint">Content hash {pack.contentHash.slice(0, 12)}.</p>
    </section>
  );
}

/** Generates a force's VAWG tasking pack for a meeting and offers its files for download. */
export function PacksPage({ user }: { user: SessionUser }) {
  const { filter } = useProfile();
  const [draft, setDraft] = useState<PackDraft>({
    force: user.force ?? filter.forces[0] ?? 'bedfordshire',
    meeting: '',
    ranking: 'rfg',
    formats: ['pdf', 'html', 'csv', 'xlsx'],
    purpose: filter.purpose,
  });
  const [pack, setPack] = useState<PackResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = packProblem(draft);
    if (problem !== null) return setError(new Error(problem));
    setBusy(true);
    setError(null);
    setPack(null);
    try {
      const body = {
        ...draft,
        meetingDate: parseDay(draft.meeting),
        purpose: draft.purpose.trim(),
      };
      setPack(await apiPost<PackResult>('/api/packs', body));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const toggle = (format: Format, on: boolean) =>
    setDraft({
      ...draft,
      formats: on ? [...draft.formats, format] : draft.formats.filter((f) => f !== format),
    });

  return (
    <>
      <h1>Tasking packs</h1>
      <form className="filter" onSubmit={(e) => void submit(e)} aria-label="Generate a pack">
        <div className="field">
          <label htmlFor="pack-force">Force</label>
          <select
            id="pack-force"
            value={draft.force}
            onChange={(e) => setDraft({ ...draft, force: e.target.value })}
          >
            {forces.map((f) => (
              <option key={f} value={f}>
                {forceLabel(f)}
              </option>
            ))}
          </select>
        </div>
        <DateField
          id="pack-meeting"
          label="TTCG meeting date"
          value={draft.meeting}
          onChange={(meeting) => setDraft({ ...draft, meeting })}
        />
        <div className="field">
          <label htmlFor="pack-ranking">Rank suspects by</label>
          <select
            id="pack-ranking"
            value={draft.ranking}
            onChange={(e) =>
              setDraft({ ...draft, ranking: e.target.value as PackDraft['ranking'] })
            }
          >
            <option value="rfg">RFG score</option>
            <option value="occurrences">Occurrences</option>
            <option value="harm">Harm</option>
          </select>
        </div>
        <fieldset className="inline">
          <legend>Formats</legend>
          {(Object.keys(formatLabels) as Format[]).map((f) => (
            <label key={f} className="check">
              <input
                type="checkbox"
                checked={draft.formats.includes(f)}
                onChange={(e) => toggle(f, e.target.checked)}
              />
              {formatLabels[f]}
            </label>
          ))}
        </fieldset>
        <PurposeField
          id="pack-purpose"
          value={draft.purpose}
          onChange={(purpose) => setDraft({ ...draft, purpose })}
        />
        <button type="submit" disabled={busy}>
          Generate pack
        </button>
      </form>
      {busy ? <Loading what="the pack (this can take a while)" /> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {pack ? <Downloads pack={pack} /> : null}
    </>
  );
}
