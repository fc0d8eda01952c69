/**
 * How many activities wait for the runner to say their sport, with the way to them and back. Until answered
 * they count nowhere (src/core/load/weekly-distance), and the banner says so.
 */
import './sport-question.css';

export function UnclassifiedBanner({
  count,
  showing,
  onShow,
  onShowAll,
}: {
  count: number;
  /** The list shows only those activities. */
  showing: boolean;
  onShow: () => void;
  onShowAll: () => void;
}) {
  if (!showing && count === 0) return null;
  const title =
    count === 0
      ? 'Every activity has a sport now'
      : count === 1
        ? '1 activity needs a sport'
        : `${count} activities need a sport`;
  return (
    <section className="banner unclassified-banner" aria-label="Activities that need a sport">
      <div>
        <p className="unclassified-title" role="status">
          {title}
        </p>
        <p className="unclassified-why">
          {count === 0
            ? 'Runs count in your weekly distance; walks, rides and the rest are shown apart.'
            : 'Their files did not say what they were. Until you tell us, they count nowhere: not in your weekly distance, not among other sports.'}
        </p>
      </div>
      {showing ? (
        <button type="button" className="button" onClick={onShowAll}>
          Show all runs
        </button>
      ) : (
        <button type="button" className="button primary" onClick={onShow}>
          Show {count === 1 ? 'it' : 'them'}
        </button>
      )}
    </section>
  );
}
