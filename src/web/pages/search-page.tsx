import { useState, type FormEvent } from 'react';
import { apiGet } from '../api/api-client.js';
import type { PersonHit } from '../api/api-types.js';
import { DataTable } from '../components/data-table.js';
import { DateField } from '../components/date-field.js';
import { ErrorNotice, Loading } from '../components/notice.js';
import { PurposeField } from '../components/purpose-field.js';
import { formatDay, parseDay } from '../format/dates.js';
import { useProfile } from '../profile-state.js';
import { Link, personPath } from '../router.js';
import { forceLabel } from './filter-panel.js';

interface SearchDraft {
  name: string;
  dob: string;
  ref: string;
  purpose: string;
}

function searchProblem(draft: SearchDraft): string | null {
  if (draft.name.trim() === '' && draft.dob.trim() === '' && draft.ref.trim() === '')
    return 'Give a name, a date of birth or a reference.';
  if (parseDay(draft.dob) === null) return 'The date of birth is not a real date (dd/mm/yyyy).';
  if (draft.purpose.trim().length < 5) return 'State the purpose (at least 5 characters).';
  return null;
}

function Hits({ hits }: { hits: PersonHit[] }) {
  return (
    <DataTable
      caption={`${hits.length} matching record(s); the server tolerates misspelt names`}
      rows={hits}
      rowKey={(h) => `${h.force}:${h.personRef}`}
      empty="No record matches."
      columns={[
        {
          key: 'name',
          label: 'Name',
          render: (h) => (
            <Link to={personPath(h.personId)}>
              {[h.forenames, h.surname].filter(Boolean).join(' ') || h.personRef}
            </Link>
          ),
          sortValue: (h) => h.surname,
        },
        { key: 'dob', label: 'Date of birth', render: (h) => formatDay(h.dateOfBirth) },
        {
          key: 'force',
          label: 'Force',
          render: (h) => forceLabel(h.force),
          sortValue: (h) => h.force,
        },
        { key: 'ref', label: 'Reference', render: (h) => h.personRef },
        {
          key: 'score',
          label: 'Name score',
          numeric: true,
          render: (h) => (h.nameScore === null ? '' : h.nameScore.toFixed(2)),
          sortValue: (h) => h.nameScore,
        },
      ]}
    />
  );
}

/** Person search by name, date of birth or reference, with a stated purpose. */
export function SearchPage() {
  const { filter } = useProfile();
  const [draft, setDraft] = useState<SearchDraft>({
    name: '',
    dob: '',
    ref: '',
    purpose: filter.purpose,
  });
  const [hits, setHits] = useState<PersonHit[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = searchProblem(draft);
    if (problem !== null) return setError(new Error(problem));
    setLoading(true);
    setError(null);
    try {
      const query = {
        name: draft.name.trim(),
        dob: parseDay(draft.dob) ?? undefined,
        ref: draft.ref.trim(),
        purpose: draft.purpose.trim(),
      };
      setHits((await apiGet<{ hits: PersonHit[] }>('/api/persons/search', query)).hits);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <h1>Person search</h1>
      <form className="filter" onSubmit={(e) => void submit(e)} aria-label="Person search">
        <div className="field">
          <label htmlFor="search-name">Name</label>
          <input
            id="search-name"
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
        </div>
        <DateField
          id="search-dob"
          label="Date of birth"
          value={draft.dob}
          onChange={(dob) => setDraft({ ...draft, dob })}
        />
        <div className="field">
          <label htmlFor="search-ref">Reference</label>
          <input
            id="search-ref"
            value={draft.ref}
            onChange={(e) => setDraft({ ...draft, ref: e.target.value })}
          />
        </div>
        <PurposeField
          id="search-purpose"
          value={draft.purpose}
          onChange={(purpose) => setDraft({ ...draft, purpose })}
        />
        <button type="submit" disabled={loading}>
          Search
        </button>
      </form>
      {loading ? <Loading what="matches" /> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {hits ? <Hits hits={hits} /> : null}
    </>
  );
}
