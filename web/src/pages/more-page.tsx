import { Link, useNavigate } from 'react-router';
import { DESTINATIONS } from '../components/shell';
import { Icon } from '../components/icons';
import { useAuth } from '../lib/auth';
import { usePageTitle } from '../lib/page-title';
import { reportUrls } from '../report/report-links';

/** On phones, the destinations that do not fit in the bottom bar. */
export function MorePage() {
  const { logOut } = useAuth();
  const navigate = useNavigate();
  usePageTitle('More');
  return (
    <>
      <h1>More</h1>
      <ul className="list-links">
        {DESTINATIONS.filter((d) => !d.primary).map((d) => (
          <li key={d.to}>
            <Link to={d.to}>
              <Icon name={d.icon} /> {d.label}
            </Link>
          </li>
        ))}
        <li>
          <a href={reportUrls().html} target="_blank" rel="noopener">
            <Icon name="pain" /> Report for your physio
          </a>
        </li>
        <li>
          <button
            type="button"
            className="link-button"
            onClick={async () => {
              await logOut();
              navigate('/log-in');
            }}
          >
            <Icon name="logout" /> Log out
          </button>
        </li>
      </ul>
    </>
  );
}
