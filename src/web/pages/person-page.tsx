import { useState, type FormEvent } from 'react';
import { apiGet } from '../api/api-client.js';
import type { PersonPage as PersonPageData, RankedPerson } from '../api/api-types.js';
import { ErrorNotice, Loading } from '../components/notice.js';
import { PurposeField } from '../components/purpose-field.js';
import { RowTable } from '../components/row-table.js';
import { useProfile } from '../profile-state.js';
import { PersonNetwork } from './person-network.js';

function useRanked(personId: string): RankedPerson | undefined {
  const { profiles } = useProfile();
  for (const p of profiles ?? []) {
    const hit = p.suspects?.byRfg.find((s) => s.personId === personId);
    if (hit) return hit;
  }
  return undefined;
}

function RfgSummary({ person }: { person: RankedPerson }) {
  const r = person.rfg;
  return (
    <section aria-labelledby="rfg-title">
      <h2 id="rfg-title">Suspect scores (current profile)</h2>
      <dl className="figures">
        {(
          [
            ['Occurrences', person.occurrences],
            ['Harm (days)', person.harmDays ?? 'unknown'],
            ['Weeks since latest', r.inputs.weeksSinceLatest],
            ['R (recency)', r.r],
            ['F (frequency)', r.f],
            ['G (gravity)', r.g],
            ['RFG score', r.score],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="figure">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function PersonView({ page }: { page: PersonPageData }) {
  const ranked = useRanked(page.personId);
  return (
    <>
      <p>
        Records in {page.forces.length} force(s): {page.forces.join(', ')}. Person id{' '}
        <code>{page.personId}</code>.
      </p>
      {ranked ? <RfgSummary person={ranked} /> : null}
      <h2>Records across forces</h2>
      <RowTable
        caption="Person records"
        rows={page.records}
        columns={[
          ['force', 'Force'],
          ['person_ref', 'Reference'],
          ['surname', 'Surname'],
          ['forenames', 'Forenames'],
          ['date_of_birth', 'Date of birth'],
          ['gender', 'Gender'],
          ['pnc_id', 'PNC id'],
          ['source_file', 'Source file'],
          ['source_line', 'Line'],
        ]}
      />
      <h2>Conflation evidence</h2>
      <RowTable
        caption="Scored record pairs from entity resolution"
        rows={page.evidence}
        columns={[
          ['record_l', 'Record'],
          ['record_r', 'Record'],
          ['match_weight', 'Match weight'],
          ['match_probability', 'Probability'],
          ['decided', 'Analyst decision'],
          ['joined', 'Joined'],
        ]}
      />
      <h2>Occurrences</h2>
      <RowTable
        caption="Occurrences the person is involved in"
        rows={page.occurrences}
        columns={[
          ['force', 'Force'],
          ['occurrence_ref', 'Occurrence'],
          ['person_ref', 'Record'],
          ['role', 'Role'],
          ['occurred_from', 'Occurred'],
          ['ho_code', 'HO code'],
          ['offence_description', 'Offence'],
          ['da_flag', 'Domestic abuse'],
          ['status', 'Status'],
          ['postcode_district', 'District'],
        ]}
      />
      <h2>Addresses</h2>
      <RowTable
        caption="Addresses"
        rows={page.addresses}
        columns={[
          ['force', 'Force'],
          ['person_ref', 'Record'],
          ['address', 'Address'],
          ['postcode', 'Postcode'],
          ['address_type', 'Type'],
          ['effective_from', 'From'],
          ['effective_to', 'To'],
        ]}
      />
      <h2>Links</h2>
      <PersonNetwork page={page} />
      <RowTable
        caption="Links"
        rows={page.links}
        columns={[
          ['force', 'Force'],
          ['person_ref', 'Reference'],
          ['link_type', 'Type'],
          ['link_reason', 'Reason'],
          ['object_key', 'Object'],
          ['recorded_at', 'Recorded'],
        ]}
      />
    </>
  );
}

/** A person's page: asks for a stated purpose, then shows records, evidence and links. */
export function PersonPage({ personId }: { personId: string }) {
  const { filter } = useProfile();
  const [purpose, setPurpose] = useState(filter.purpose);
  const [page, setPage] = useState<PersonPageData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setLoading(true);
    setError(null);
    try {
      const path = `/api/persons/${encodeURIComponent(personId)}`;
      setPage(await apiGet<PersonPageData>(path, { purpose: purpose.trim() }));
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <h1>Person</h1>
      {page === null ? (
        <form className="filter" onSubmit={(e) => void submit(e)} aria-label="Open person">
          <PurposeField id="person-purpose" value={purpose} onChange={setPurpose} />
          <button type="submit" disabled={loading || purpose.trim().length < 5}>
            Open person
          </button>
        </form>
      ) : null}
      {loading ? <Loading what="the person" /> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {page ? <PersonView page={page} /> : null}
    </>
  );
}
