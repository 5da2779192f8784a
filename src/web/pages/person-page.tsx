import { useState, type FormEvent } from 'react';
import { apiGet } from '../api/api-client.js';
import type { PersonPage as PersonPageData } from '../api/api-types.js';
import { DateField } from '../components/date-field.js';
import { DocumentBlocks } from '../components/document-blocks.js';
import { ErrorNotice, Loading } from '../components/notice.js';
import { PurposeField } from '../components/purpose-field.js';
import { RowTable } from '../components/row-table.js';
import { formatDay, parseDay } from '../format/dates.js';
import { useProfile } from '../profile-state.js';
import { ConflationEvidence } from './conflation-evidence.js';
import { forceLabel } from './filter-panel.js';
import { PersonNetwork } from './person-network.js';

function Summary({ page }: { page: PersonPageData }) {
  const forces = page.forces.map(forceLabel).join(', ');
  return (
    <p>
      Records in {page.forces.length} force(s): {forces}. Person id <code>{page.personId}</code>.
      Period {formatDay(page.period.from)} to {formatDay(page.period.to)}; ages on{' '}
      {formatDay(page.viewedOn)}.
    </p>
  );
}

/** The tasking pack's person page, built by the server's product code for the period. */
function PackPage({ page }: { page: PersonPageData }) {
  const title = page.kind === 'suspect' ? 'Suspect page' : 'Victim page';
  return (
    <section className="pack-page" aria-labelledby="pack-page-title">
      <h2 id="pack-page-title">{title} (as in the tasking pack)</h2>
      <DocumentBlocks blocks={page.section.blocks} />
    </section>
  );
}

function RecordsAndEvidence({ page, purpose }: { page: PersonPageData; purpose: string }) {
  return (
    <>
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
      <ConflationEvidence page={page} purpose={purpose} />
    </>
  );
}

function LinksAndAddresses({ page }: { page: PersonPageData }) {
  return (
    <>
      <h2>Links</h2>
      <PersonNetwork page={page} />
      <RowTable
        caption="Links"
        rows={page.links}
        columns={[
          ['force', 'Force'],
          ['person_ref', 'Reference'],
          ['detail', 'Type'],
          ['reason', 'Reason'],
          ['extra', 'Object'],
          ['on_date', 'Recorded'],
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
    </>
  );
}

function AllOccurrences({ page }: { page: PersonPageData }) {
  return (
    <>
      <h2>All occurrences</h2>
      <RowTable
        caption="Occurrences the person is involved in (any offence)"
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
    </>
  );
}

function PersonView({ page, purpose }: { page: PersonPageData; purpose: string }) {
  return (
    <>
      <Summary page={page} />
      <PackPage page={page} />
      <RecordsAndEvidence page={page} purpose={purpose} />
      <LinksAndAddresses page={page} />
      <AllOccurrences page={page} />
    </>
  );
}

/**
 * A person's page: asks for a stated purpose (and a period, default the profile's), then
 * shows the tasking pack's person page for the period (figures, R, F and G, victims,
 * occurrences, pulse and severity charts) and the records, evidence, links and addresses.
 */
export function PersonPage({ personId }: { personId: string }) {
  const { filter } = useProfile();
  const [purpose, setPurpose] = useState(filter.purpose);
  const [from, setFrom] = useState(filter.from);
  const [to, setTo] = useState(filter.to);
  const [page, setPage] = useState<PersonPageData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const ready = purpose.trim().length >= 5 && parseDay(from) !== null && parseDay(to) !== null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setLoading(true);
    setError(null);
    try {
      const path = `/api/persons/${encodeURIComponent(personId)}`;
      const query = { purpose: purpose.trim(), from: parseDay(from) ?? '', to: parseDay(to) ?? '' };
      setPage(await apiGet<PersonPageData>(path, query));
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
          <DateField id="person-from" label="Period from" value={from} onChange={setFrom} />
          <DateField id="person-to" label="Period to" value={to} onChange={setTo} />
          <p className="hint">
            Leave the period empty for the last six complete months of the person&apos;s data.
          </p>
          <button type="submit" disabled={loading || !ready}>
            Open person
          </button>
        </form>
      ) : null}
      {loading ? <Loading what="the person" /> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {page ? <PersonView page={page} purpose={purpose.trim()} /> : null}
    </>
  );
}
