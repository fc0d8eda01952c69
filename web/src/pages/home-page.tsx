import { useState } from 'react';
import { Link } from 'react-router';
import { Icon } from '../components/icons';
import { useSettings } from '../lib/settings';
import { usePageTitle } from '../lib/page-title';
import { AlertsList } from '../home/alerts-list';
import { HowYouRun } from '../home/how-you-run';
import { PainTrend } from '../home/pain-trend';
import { SafeToRun } from '../home/safe-to-run';
import { ShoesNearLimit } from '../home/shoes-near-limit';
import { ThisWeekCard } from '../home/this-week';
import { TodayCard } from '../home/today-card';
import { useDashboard, type DashboardWeeks } from '../home/use-dashboard';
import { WeeklyBars } from '../home/weekly-bars';
import { plural, shortDate } from '../home/words';
import '../home/home.css';

/**
 * Home answers three questions at a glance: safe to run today, how the week is going against its safe
 * target, how the back is trending. Everything comes from one request (GET /api/dashboard) but today's plan,
 * which the Today card asks for itself (GET /api/plans/current).
 */
export function HomePage() {
  usePageTitle('Today');
  const { units } = useSettings();
  const [weeks, setWeeks] = useState<DashboardWeeks>(12);
  const { load, retry } = useDashboard(weeks);
  const data = load.state === 'ready' ? load.data : null;
  const urgentLook = data?.lastCheckin?.urgency === 'emergency' ? ' card-emergency' : '';
  const hasRuns =
    data !== null && (!data.current || data.weeks.some((w) => w.runs > 0) || data.thisWeek.lastWeekM > 0);

  return (
    <>
      <h1>Today</h1>
      <div className="cards">
        <section
          className={`card${urgentLook}`}
          aria-labelledby="safe-h"
          aria-busy={load.state === 'loading'}
        >
          <h2 id="safe-h">
            <Icon name="shield" /> Safe to run today?
          </h2>
          <SafeToRun load={load} onRetry={retry} />
        </section>

        <TodayCard units={units} />

        {data && data.unclassified > 0 && (
          <div className="banner unclassified">
            <p>
              <Link to="/runs?sport=unclassified">
                {plural(data.unclassified, 'activity', 'activities')}{' '}
                {data.unclassified === 1 ? 'needs' : 'need'} a sport
              </Link>
              : say whether {data.unclassified === 1 ? 'it was' : 'each was'} a run, a walk or a ride, so it
              counts where it belongs.
            </p>
          </div>
        )}

        <section className="card" aria-labelledby="week-h">
          <h2 id="week-h">
            <Icon name="runs" /> This week
          </h2>
          {data ? (
            <ThisWeekCard week={data.thisWeek} units={units} hasRuns={hasRuns} />
          ) : (
            <p className="muted">
              {load.state === 'failed' ? 'Your runs could not be loaded.' : 'Loading your runs…'}
            </p>
          )}
        </section>

        {data && hasRuns && (
          <>
            {!data.current && (
              <p className="banner not-current">
                Nothing in the last 12 weeks: your newest run is from the week of{' '}
                {shortDate(data.asOfWeek, true)}. The weeks, alerts, shoes and surface below show your running
                as it stood then.
              </p>
            )}
            <section className="card" aria-labelledby="alerts-h">
              <h2 id="alerts-h">
                <Icon name="checkin" /> {data.current ? 'What to watch' : 'What to watch, as it stood then'}
              </h2>
              <AlertsList alerts={data.alerts} />
            </section>
            <section
              className="card"
              aria-labelledby="bars-h"
              aria-busy={load.state === 'ready' && load.refreshing}
            >
              <h2 id="bars-h">
                <Icon name="plan" /> Weekly distance
              </h2>
              <WeeklyBars
                data={data}
                units={units}
                weeks={weeks}
                onWeeks={setWeeks}
                busy={load.state === 'ready' && load.refreshing}
              />
              {load.state === 'ready' && load.refreshFailed && (
                <p role="alert">Those weeks could not be loaded. Check your connection and try again.</p>
              )}
            </section>
            <section className="card" aria-labelledby="shoes-h">
              <h2 id="shoes-h">
                <Icon name="shoes" /> Shoes
              </h2>
              <ShoesNearLimit shoes={data.shoesNearLimit} units={units} />
            </section>
          </>
        )}

        <section className="card" aria-labelledby="trend-h">
          <h2 id="trend-h">
            <Icon name="pain" /> Your back, lately
          </h2>
          {data ? (
            <PainTrend points={data.painTrend} />
          ) : (
            <p className="muted">Appears once your check-ins have loaded.</p>
          )}
          <p className="card-actions">
            <Link className="button" to="/pain#log">
              <Icon name="pain" /> Log pain
            </Link>
          </p>
        </section>

        {data && hasRuns && (
          <section className="card" aria-labelledby="form-h">
            <h2 id="form-h">
              <Icon name="runs" /> How you run
            </h2>
            <HowYouRun data={data} />
          </section>
        )}
      </div>
    </>
  );
}
