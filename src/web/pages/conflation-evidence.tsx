import { useRef, useState } from 'react';
import { apiGet } from '../api/api-client.js';
import type {
  PairExplanation,
  PersonPage as PersonPageData,
  ResolveEvidence,
} from '../api/api-types.js';
import { DataTable, type Column } from '../components/data-table.js';
import { ErrorNotice, Loading } from '../components/notice.js';
import { showValue } from '../components/row-table.js';
import { PairBreakdown, breakdownId } from './pair-breakdown.js';

type Pair = Pick<ResolveEvidence, 'record_l' | 'record_r' | 'match_weight'>;

const pairKey = (p: Pair) => `${p.record_l} ${p.record_r}`;

const fields: [keyof ResolveEvidence, string][] = [
  ['record_l', 'Record'],
  ['record_r', 'Record'],
  ['match_weight', 'Match weight'],
  ['match_probability', 'Probability'],
  ['decided', 'Analyst decision'],
  ['joined', 'Joined'],
];

function valueColumns(): Column<ResolveEvidence>[] {
  return fields.map(([field, label]) => ({
    key: field,
    label,
    render: (row) => showValue(row[field]),
    sortValue: (row) => {
      const v = row[field];
      return typeof v === 'number' || typeof v === 'string' ? v : null;
    },
  }));
}

/** Fetches one pair's explanation at a time; a later click wins over an earlier answer. */
function usePairExplanation(personId: string, purpose: string) {
  const [pair, setPair] = useState<Pair | null>(null);
  const [explanation, setExplanation] = useState<PairExplanation | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);

  const toggle = async (next: Pair) => {
    const request = ++latest.current;
    setExplanation(null);
    setError(null);
    if (pair !== null && pairKey(pair) === pairKey(next)) {
      setPair(null);
      return;
    }
    setPair(next);
    try {
      const path = `/api/persons/${encodeURIComponent(personId)}/pairs/explain`;
      const query = { a: next.record_l, b: next.record_r, purpose };
      const answer = await apiGet<PairExplanation>(path, query);
      if (request === latest.current) setExplanation(answer);
    } catch (caught) {
      if (request === latest.current) setError(caught);
    }
  };
  return { pair, explanation, error, toggle };
}

/**
 * The scored record pairs of the person, each with an Explain button (for pairs of the
 * person's own records) that shows why the pair scored as it did, below the table.
 */
export function ConflationEvidence({ page, purpose }: { page: PersonPageData; purpose: string }) {
  const { pair, explanation, error, toggle } = usePairExplanation(page.personId, purpose);
  const own = new Set(page.records.map((r) => `${r.force}:${r.person_ref}`));
  const explain: Column<ResolveEvidence> = {
    key: 'explain',
    label: 'Why',
    render: (row) => {
      if (!own.has(row.record_l) || !own.has(row.record_r)) return 'Another person’s record';
      const open = pair !== null && pairKey(pair) === pairKey(row);
      return (
        <button
          type="button"
          className="secondary"
          aria-expanded={open}
          aria-controls={breakdownId}
          aria-label={`Explain ${row.record_l} and ${row.record_r}`}
          onClick={() => void toggle(row)}
        >
          Explain
        </button>
      );
    },
  };

  return (
    <>
      <DataTable
        caption="Scored record pairs from entity resolution"
        rows={page.evidence}
        rowKey={pairKey}
        columns={[...valueColumns(), explain]}
      />
      <div id={breakdownId}>
        {pair !== null && explanation === null && error === null ? (
          <Loading what="the explanation" />
        ) : null}
        {error ? <ErrorNotice error={error} /> : null}
        {explanation ? (
          <PairBreakdown explanation={explanation} scored={pair?.match_weight} />
        ) : null}
      </div>
    </>
  );
}
