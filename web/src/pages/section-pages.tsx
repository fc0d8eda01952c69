import { Link } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { useSettings } from '../lib/settings';

export function PlanPage() {
  return (
    <>
      <h1>Plan</h1>
      <EmptyState
        icon="plan"
        title="No plan yet"
        action={
          <Link className="button primary" to="/check-in">
            Start a check-in
          </Link>
        }
      >
        <p>
          After a check-in, your weekly plan of core, glute and stretching sessions appears here, with timers
          to guide each one.
        </p>
      </EmptyState>
    </>
  );
}

export function PainPage() {
  return (
    <>
      <h1>Pain diary</h1>
      <EmptyState icon="pain" title="Nothing logged yet">
        <p>
          Log how your back feels, 0 to 10. A chart of the weeks appears here, and we tell you if pain is not
          settling.
        </p>
      </EmptyState>
    </>
  );
}

export function ShoesPage() {
  const { units } = useSettings();
  return (
    <>
      <h1>Shoes</h1>
      <EmptyState icon="shoes" title="No shoes yet">
        <p>
          Add your running shoes to see how far each pair has gone against the usual{' '}
          {units === 'km' ? '500–800 km' : '310–500 mi'} replacement range.
        </p>
      </EmptyState>
    </>
  );
}
