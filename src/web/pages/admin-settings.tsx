import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, apiGet, apiPut } from '../api/api-client.js';
import type { PackSettings, RegionalSetting, RegionalSettings } from '../api/admin-types.js';
import { ErrorNotice, Loading } from '../components/notice.js';
import { formatDay } from '../format/dates.js';

type SettingKey = keyof PackSettings;
type Draft = Record<SettingKey, string>;

const numberKeys = ['periodMonths', 'exclusionMonths', 'suspectPages', 'victimPages'] as const;

const labels: Record<SettingKey, string> = {
  marking: 'Handling marking of packs',
  periodMonths: 'Period covered (complete months)',
  exclusionMonths: 'Months before a person may have a page again',
  ranking: 'Rank suspects by',
  suspectPages: 'Suspect pages',
  victimPages: 'Victim pages',
};

const rankingLabels = { rfg: 'RFG score', occurrences: 'Occurrences', harm: 'Harm' } as const;

function toDraft(settings: PackSettings): Draft {
  const draft = {} as Draft;
  for (const key of Object.keys(labels) as SettingKey[]) draft[key] = String(settings[key]);
  return draft;
}

/** The first problem of a draft, with the setting it concerns; null when it can be sent. */
function draftProblem(draft: Draft): { key: SettingKey; message: string } | null {
  if (draft.marking.trim() === '')
    return { key: 'marking', message: 'Enter a handling marking, e.g. OFFICIAL-SENSITIVE.' };
  for (const key of numberKeys) {
    const min = key === 'periodMonths' ? 1 : 0;
    const value = Number(draft[key]);
    if (!/^\d+$/.test(draft[key].trim()) || value < min || value > 60)
      return { key, message: `${labels[key]}: enter a whole number from ${min} to 60.` };
  }
  return null;
}

/** Which setting a server message names (`pack setting periodMonths must ...`), if any. */
function keyNamedIn(error: unknown): SettingKey | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return (Object.keys(labels) as SettingKey[]).find((k) => error.message.includes(k));
}

/** Who set a setting last and when (UTC), or that it keeps its built-in default. */
function origin(entry: RegionalSetting | undefined): string {
  if (entry === undefined || entry.changedBy === null)
    return `Built-in default (${String(entry?.defaultValue ?? '')}).`;
  return `Set by ${entry.changedBy} on ${formatDay(entry.changedAt)} UTC.`;
}

/**
 * The regional settings form: the defaults of every tasking pack, each with who changed it
 * last. A flag of `toex packs` or the pack form's ranking still overrides them per pack.
 */
export function SettingsPanel() {
  const [loaded, setLoaded] = useState<RegionalSettings | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<{ key?: SettingKey; message?: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  const show = (settings: RegionalSettings) => {
    setLoaded(settings);
    setDraft(toDraft(settings.settings));
  };
  useEffect(() => {
    apiGet<RegionalSettings>('/api/settings').then(show, setError);
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (draft === null) return;
    const found = draftProblem(draft);
    setProblem(found);
    setError(null);
    setNotice('');
    if (found !== null) return;
    setBusy(true);
    try {
      const body = {
        ...draft,
        ...Object.fromEntries(numberKeys.map((k) => [k, Number(draft[k])])),
      };
      const saved = await apiPut<RegionalSettings & { changed: string[] }>('/api/settings', body);
      show(saved);
      const changed = saved.changed.map((k) => labels[k as SettingKey] ?? k).join(', ');
      setNotice(saved.changed.length === 0 ? 'Nothing changed.' : `Saved: ${changed}.`);
    } catch (caught) {
      setError(caught);
      setProblem({ key: keyNamedIn(caught) });
    } finally {
      setBusy(false);
    }
  };

  if (draft === null)
    return error ? <ErrorNotice error={error} /> : <Loading what="the regional settings" />;
  const field = (key: SettingKey) => ({
    id: `setting-${key}`,
    value: draft[key],
    'aria-invalid': problem?.key === key,
    'aria-describedby': `setting-${key}-origin${problem?.key === key ? ' settings-problem' : ''}`,
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
  });
  const entry = (key: SettingKey) => loaded?.entries.find((en) => en.key === key);

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">Regional settings</h2>
      <p className="hint">
        The defaults of every tasking pack in the region, from the web app, the command line and the
        scheduled packs. A pack request may still choose its own ranking.
      </p>
      {/* noValidate: the form's own messages name the setting, for every browser alike. */}
      <form
        className="admin-form settings"
        aria-labelledby="settings-title"
        noValidate
        onSubmit={(e) => void submit(e)}
      >
        {(Object.keys(labels) as SettingKey[]).map((key) => (
          <div className="field" key={key}>
            <label htmlFor={`setting-${key}`}>{labels[key]}</label>
            {key === 'ranking' ? (
              <select {...field(key)}>
                {Object.entries(rankingLabels).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            ) : key === 'marking' ? (
              <input type="text" maxLength={100} {...field(key)} />
            ) : (
              <input
                type="number"
                inputMode="numeric"
                min={key === 'periodMonths' ? 1 : 0}
                max={60}
                {...field(key)}
              />
            )}
            <span id={`setting-${key}-origin`} className="hint">
              {origin(entry(key))}
            </span>
          </div>
        ))}
        <button type="submit" disabled={busy}>
          Save settings
        </button>
      </form>
      {problem?.message ? (
        <p id="settings-problem" className="error" role="alert">
          {problem.message}
        </p>
      ) : null}
      {error ? (
        <div id={problem?.key ? 'settings-problem' : undefined}>
          <ErrorNotice error={error} />
        </div>
      ) : null}
      <p className="notice" role="status">
        {notice}
      </p>
    </section>
  );
}
