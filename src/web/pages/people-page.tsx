import { useState, type FormEvent } from 'react';
import type { RankedPerson, VawgProfile } from '../api/api-types.js';
import { DataTable } from '../components/data-table.js';
import { ErrorNotice, Loading } from '../components/notice.js';
import { formatDay } from '../format/dates.js';
import { useProfile } from '../profile-state.js';
import { Link, personPath } from '../router.js';
import { FilterPanel, forceLabel } from './filter-panel.js';

type Ranking = 'byRfg' | 'byOccurrences' | 'byHarm';

const rankingLabels: Record<Ranking, string> = {
  byRfg: 'RFG score',
  byOccurrences: 'Occurrences',
  byHarm: 'Harm',
};

function rankedColumns() {
  return [
    { key: 'rank', label: 'Rank', numeric: true, render: (p: RankedPerson) => p.rank },
    {
      key: 'person',
      label: 'Person',
      render: (p: RankedPerson) => <Link to={personPath(p.personId)}>{p.name ?? p.personId}</Link>,
      sortValue: (p: RankedPerson) => p.name ?? p.personId,
    },
    num('occ', 'Occurrences', (p) => p.occurrences),
    num('harm', 'Harm (days)', (p) => p.harmDays),
    num('weeks', 'Weeks since latest', (p) => p.rfg.inputs.weeksSinceLatest),
    num('r', 'R', (p) => p.rfg.r),
    num('f', 'F', (p) => p.rfg.f),
    num('g', 'G', (p) => p.rfg.g),
    num('rfg', 'RFG', (p) => p.rfg.score),
    { key: 'latest', label: 'Latest', render: (p: RankedPerson) => formatDay(p.latestOn) },
  ];
}

function num(key: string, label: string, value: (p: RankedPerson) => number | null) {
  return {
    key,
    label,
    numeric: true,
    render: (p: RankedPerson) => value(p) ?? 'unknown',
    sortValue: value,
  };
}

function Rankings(props: { title: string; profile: VawgProfile; who: 'suspects' | 'victims' }) {
  const [ranking, setRanking] = useState<Ranking>('byRfg');
  const lists = props.profile[props.who];
  if (lists === undefined)
    return <p>Person-level lists of {forceLabel(props.profile.force)} are not in your scope.</p>;
  const name = `${props.profile.force}-${props.who}-ranking`;
  return (
    <div>
      <h3>{props.title}</h3>
      <fieldset className="inline">
        <legend>Rank by</legend>
        {(Object.keys(rankingLabels) as Ranking[]).map((r) => (
          <label key={r} className="check">
            <input
              type="radio"
              name={name}
              checked={ranking === r}
              onChange={() => setRanking(r)}
            />
            {rankingLabels[r]}
          </label>
        ))}
      </fieldset>
      <DataTable
        caption={`${props.title} ranked by ${rankingLabels[ranking]} (R, F and G sub-scores)`}
        rows={lists[ranking]}
        rowKey={(p) => p.personId}
        columns={rankedColumns()}
      />
    </div>
  );
}

function Mafb({ profile }: { profile: VawgProfile }) {
  if (profile.mafb === undefined) return null;
  return (
    <DataTable
      caption="Moved across force boundary (MAFB)"
      rows={profile.mafb}
      rowKey={(p) => p.personId}
      empty="No suspect moved into the force with these settings."
      columns={[
        {
          key: 'p',
          label: 'Person',
          render: (p) => <Link to={personPath(p.personId)}>{p.personId}</Link>,
        },
        { key: 'from', label: 'From', render: (p) => forceLabel(p.fromForce) },
        { key: 'on', label: 'Moved on', render: (p) => formatDay(p.movedOn) },
        {
          key: 'all',
          label: 'VAWG all forces',
          numeric: true,
          render: (p) => p.vawgAllForces,
          sortValue: (p) => p.vawgAllForces,
        },
        {
          key: 'in',
          label: 'VAWG in force',
          numeric: true,
          render: (p) => p.vawgInForce,
          sortValue: (p) => p.vawgInForce,
        },
        { key: 'f', label: 'Forces with VAWG', numeric: true, render: (p) => p.forcesWithVawg },
      ]}
    />
  );
}

function MafbSettings() {
  const { filter, load, loading } = useProfile();
  const [draft, setDraft] = useState(filter);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void load({ ...filter, ...pickMafb(draft) });
  };
  return (
    <form className="filter" onSubmit={submit} aria-label="MAFB escalation settings">
      <fieldset>
        <legend>MAFB escalation settings</legend>
        <div className="field inline">
          <label htmlFor="mafb-months">Escalation window (months)</label>
          <input
            id="mafb-months"
            type="number"
            min={1}
            max={60}
            value={draft.mafbEscalationMonths}
            onChange={(e) => setDraft({ ...draft, mafbEscalationMonths: e.target.value })}
          />
        </div>
        <div className="field inline">
          <label htmlFor="mafb-min">Minimum VAWG occurrences</label>
          <input
            id="mafb-min"
            type="number"
            min={1}
            max={100}
            value={draft.mafbMinVawg}
            onChange={(e) => setDraft({ ...draft, mafbMinVawg: e.target.value })}
          />
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.mafbLatestAddressOnly}
            onChange={(e) => setDraft({ ...draft, mafbLatestAddressOnly: e.target.checked })}
          />
          Latest address only
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.mafbPreviousVawgInForce}
            onChange={(e) => setDraft({ ...draft, mafbPreviousVawgInForce: e.target.checked })}
          />
          Only people with earlier VAWG in the force
        </label>
        <button type="submit" disabled={loading || filter.forces.length === 0}>
          Apply settings
        </button>
      </fieldset>
    </form>
  );
}

function pickMafb(f: ReturnType<typeof useProfile>['filter']) {
  return {
    mafbEscalationMonths: f.mafbEscalationMonths,
    mafbMinVawg: f.mafbMinVawg,
    mafbLatestAddressOnly: f.mafbLatestAddressOnly,
    mafbPreviousVawgInForce: f.mafbPreviousVawgInForce,
  };
}

/** MAFB with its escalation settings, and the top suspects and victims with R, F and G. */
export function PeoplePage() {
  const { profiles, loading, error } = useProfile();
  return (
    <>
      <h1>Suspects, victims and MAFB</h1>
      <FilterPanel />
      <MafbSettings />
      {loading ? <Loading what="people" /> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {profiles?.map((p) => (
        <section key={p.force} aria-labelledby={`people-${p.force}`}>
          <h2 id={`people-${p.force}`}>{forceLabel(p.force)}</h2>
          <Mafb profile={p} />
          <Rankings title="Top suspects" profile={p} who="suspects" />
          <Rankings title="Top victims" profile={p} who="victims" />
        </section>
      ))}
    </>
  );
}
