import { Link } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { usePageTitle } from '../lib/page-title';

/*
 * Pages whose features come in later releases. Each says what will fill it and offers only what works today:
 * an empty state must never promise an action the app does not have yet.
 */

export function PainPage() {
  usePageTitle('Pain diary');
  return (
    <>
      <h1>Pain diary</h1>
      <EmptyState
        icon="pain"
        title="The diary comes in a later release"
        action={
          <Link className="button primary" to="/check-in">
            See your check-ins
          </Link>
        }
      >
        <p>
          You will log how your back feels, 0 to 10, in a few seconds; a chart of the weeks will appear here,
          and backstride will tell you if the pain is not settling. For now, every check-in records your pain
          and your check-ins show it on a chart.
        </p>
      </EmptyState>
    </>
  );
}
