import { useEffect, useState, type FormEvent } from 'react';
import { forces } from '../api/api-types.js';
import { DateField } from '../components/date-field.js';
import { PurposeField } from '../components/purpose-field.js';
import { formatDay } from '../format/dates.js';
import { filterProblem, type LocationMode, type ProfileFilter } from '../profile-query.js';
import { useProfile } from '../profile-state.js';

const forceLabel = (force: string) =>
  force.replace(
    /(^|-)([a-z])/g,
    (_, dash: string, c: string) => (dash ? ' ' : '') + c.toUpperCase(),
  );

/** Shows a force code as its name, e.g. `west-mercia` as West Mercia. */
export { forceLabel };

function ForceChoice(props: { draft: ProfileFilter; set: (f: ProfileFilter) => void }) {
  const toggle = (force: string, on: boolean) =>
    props.set({
      ...props.draft,
      forces: on ? [...props.draft.forces, force] : props.draft.forces.filter((f) => f !== force),
    });
  return (
    <fieldset className="forces">
      <legend>Forces</legend>
      {forces.map((force) => (
        <label key={force} className="check">
          <input
            type="checkbox"
            checked={props.draft.forces.includes(force)}
            onChange={(e) => toggle(force, e.target.checked)}
          />
          {forceLabel(force)}
        </label>
      ))}
    </fieldset>
  );
}

function LocationChoice(props: { draft: ProfileFilter; set: (f: ProfileFilter) => void }) {
  const { knownLocations } = useProfile();
  if (knownLocations.length === 0) return null;
  const setMode = (name: string, mode: LocationMode) =>
    props.set({ ...props.draft, locations: { ...props.draft.locations, [name]: mode } });
  return (
    <fieldset className="locations">
      <legend>Location types</legend>
      {knownLocations.map((name, i) => (
        <div key={name} className="field inline">
          <label htmlFor={`location-${i}`}>{name}</label>
          <select
            id={`location-${i}`}
            value={props.draft.locations[name] ?? 'any'}
            onChange={(e) => setMode(name, e.target.value as LocationMode)}
          >
            <option value="any">Include</option>
            <option value="only">Only these</option>
            <option value="exclude">Exclude</option>
          </select>
        </div>
      ))}
    </fieldset>
  );
}

/** The profile filter: forces, dd/mm/yyyy period, location types and the stated purpose. */
export function FilterPanel() {
  const { filter, profiles, load, loading } = useProfile();
  const [draft, setDraft] = useState(filter);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const period = profiles?.[0]?.period;
    if (period && draft.from === '' && draft.to === '')
      setDraft((d) => ({ ...d, from: formatDay(period.from), to: formatDay(period.to) }));
  }, [profiles, draft.from, draft.to]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = filterProblem(draft);
    setProblem(found);
    if (found === null) void load(draft);
  };

  return (
    <form className="filter" onSubmit={submit} aria-label="Profile filter">
      <ForceChoice draft={draft} set={setDraft} />
      <div className="period">
        <DateField
          id="period-from"
          label="From"
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
        />
        <DateField
          id="period-to"
          label="To"
          value={draft.to}
          onChange={(to) => setDraft({ ...draft, to })}
        />
        <p className="hint">Leave both empty for the last six complete months of data.</p>
      </div>
      <LocationChoice draft={draft} set={setDraft} />
      <PurposeField
        id="profile-purpose"
        value={draft.purpose}
        onChange={(purpose) => setDraft({ ...draft, purpose })}
      />
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" disabled={loading}>
        Show profile
      </button>
    </form>
  );
}
