import { useEffect, useRef } from 'react';
import type { PairExplanation } from '../api/api-types.js';
import { formatDay } from '../format/dates.js';
import { formatProbability, signedWeight } from '../format/match-weight.js';

/** The id of the breakdown region, which each Explain button controls. */
export const breakdownId = 'pair-explanation';

const comparisonLabels: Record<string, string> = {
  forename: 'Forename',
  surname: 'Surname',
  dob: 'Date of birth',
  postcode: 'Postcode (latest home)',
  gender: 'Gender',
  id_number: 'PNC id',
  street_number: 'Street number',
  street: 'Street',
  locality: 'Locality',
  email: 'Email',
  postcode_history: 'Postcode history',
};

function Decision({ decision }: { decision: PairExplanation['decision'] }) {
  if (decision === null) return <>None: the model&apos;s score decides.</>;
  const verb = decision.decision === 'confirm' ? 'Confirmed' : 'Rejected';
  return (
    <>
      {verb} by {decision.decidedBy} on {formatDay(decision.decidedAt)} UTC: {decision.reason}
    </>
  );
}

function TermsTable({ explanation: e }: { explanation: PairExplanation }) {
  return (
    <table>
      <caption>
        Comparisons of {e.recordL} and {e.recordR}
      </caption>
      <thead>
        <tr>
          <th scope="col">Comparison</th>
          <th scope="col">Level</th>
          <th scope="col" className="numeric">
            Weight
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Prior</th>
          <td>before any comparison</td>
          <td className="numeric">{signedWeight(e.prior)}</td>
        </tr>
        {e.terms.map((t) => (
          <tr key={t.comparison}>
            <th scope="row">{comparisonLabels[t.comparison] ?? t.comparison}</th>
            <td>{t.level}</td>
            <td className="numeric">{signedWeight(t.weight)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            Total match weight
          </th>
          <td className="numeric">{signedWeight(e.total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/**
 * Why a pair of records scores as it does: the prior and each comparison's level and weight
 * (log2 odds, signed) adding up to the total, its probability, the model and any analyst
 * decision. Takes focus when shown, so a keyboard or screen-reader user lands on it.
 * `scored` is the weight the last resolve run stored for the pair, when it has one.
 */
export function PairBreakdown(props: { explanation: PairExplanation; scored?: number }) {
  const { explanation: e, scored } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [e]);
  const changed = scored !== undefined && Math.abs(scored - e.total) > 0.005;

  return (
    <section className="pair-breakdown" aria-labelledby="pair-explanation-title">
      <h3 id="pair-explanation-title" tabIndex={-1} ref={heading}>
        Why {e.recordL} and {e.recordR} score {signedWeight(e.total)}
      </h3>
      <TermsTable explanation={e} />
      <p className="hint">
        A weight above 0 argues for one person, below 0 for two; missing values weigh nothing. jw:
        Jaro-Winkler similarity of the spellings; tf: weighed by how common the name is.
      </p>
      <dl className="pair-facts">
        <dt>Probability</dt>
        <dd>{formatProbability(e.probability)}</dd>
        <dt>Model version</dt>
        <dd>
          <code>{e.modelVersion}</code>
        </dd>
        <dt>Analyst decision</dt>
        <dd>
          <Decision decision={e.decision} />
        </dd>
      </dl>
      {changed ? (
        <p className="warning">
          The last resolve run scored this pair {signedWeight(scored)}: the records or the model
          have changed since.
        </p>
      ) : null}
    </section>
  );
}
