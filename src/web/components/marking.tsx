/** The handling marking every page of toex carries (UK Government Security Classifications). */
export const handlingMarking = 'OFFICIAL-SENSITIVE';

/** The marking banner, shown at the top and the foot of every page. */
export function Marking({ place }: { place: 'top' | 'foot' }) {
  return (
    <div className={`marking marking-${place}`} role="note" aria-label="Handling marking">
      {handlingMarking}
    </div>
  );
}
