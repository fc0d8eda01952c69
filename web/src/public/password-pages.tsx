import { Fragment, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { MIN_PASSWORD_LENGTH } from '../../../src/core/account/credentials';
import { apiCall, ApiError } from '../lib/api';
import { useAuth } from '../lib/auth';
import { Field } from '../components/field';
import { AuthBrand, type PublicPageState } from '../pages/auth-pages';
import { useAuthOptions } from './auth-options';
import { usePageTitle } from '../lib/page-title';
import './public-pages.css';

const emailLooksValid = (email: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());
const asApiError = (err: unknown) =>
  err instanceof ApiError ? err : new ApiError(0, 'unknown', 'Something went wrong. Try again.');

function PublicCard({ children }: { children: ReactNode }) {
  return (
    <main className="auth" id="main">
      <div className="auth-card">
        <AuthBrand />
        {children}
      </div>
    </main>
  );
}

/** Without email, the person who runs the server sets a new password with the CLI. */
function AskTheAdministrator({ email }: { email: string }) {
  const shown = emailLooksValid(email) ? email.trim().toLowerCase() : 'you@example.com';
  return (
    <>
      <p>This server does not send email, so it cannot send you a reset link.</p>
      <p>
        Ask the person who runs it (perhaps someone at your club) to set a new password for you. On the
        server, they run:
      </p>
      <code className="auth-command">
        {/* Words kept whole, so "--email" never breaks at its hyphens on a narrow screen. */}
        {['backstride', 'user', 'set-password', '--email'].map((word) => (
          <Fragment key={word}>
            <span className="nowrap">{word}</span>{' '}
          </Fragment>
        ))}
        {shown}
      </code>
      <p>They choose a new password and tell you. You can then log in with it.</p>
    </>
  );
}

/** "Forgot your password?": asks for the email and always answers the same way, account or not. */
export function ForgotPasswordPage() {
  const passed = (useLocation().state as PublicPageState | null) ?? {};
  const options = useAuthOptions();
  const [email, setEmail] = useState(passed.email ?? '');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  usePageTitle('Forgot your password?');

  const emailError =
    touched && !emailLooksValid(email) ? 'Enter an email address like name@example.com.' : undefined;
  const noMail =
    (options.state === 'ready' && options.options.passwordReset === 'administrator') ||
    error?.code === 'mail_not_configured';

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!emailLooksValid(email)) return;
    setBusy(true);
    setError(null);
    try {
      const res = await apiCall('POST /api/auth/password-reset', { body: { email } });
      setSent(res.message);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  let body: ReactNode;
  if (options.state === 'loading') {
    body = (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  } else if (noMail) {
    body = <AskTheAdministrator email={email} />;
  } else if (sent) {
    body = (
      <div className="auth-message" role="status">
        <p>
          <strong>Check your email.</strong> {sent}
        </p>
        <p>It can take a few minutes to arrive. If it does not, look in your spam folder.</p>
        <p>
          You entered <strong>{email.trim()}</strong>.{' '}
          <button type="button" className="link-button" onClick={() => setSent(null)}>
            Use a different email
          </button>
        </p>
      </div>
    );
  } else {
    body = (
      <>
        <p className="muted">
          Enter the email you log in with, and we will send you a link to choose a new password.
        </p>
        {options.state === 'failed' && (
          <p className="form-error" role="alert">
            Could not reach the server. Check your connection and try again.
          </p>
        )}
        <form onSubmit={onSubmit} noValidate>
          <Field
            label="Email"
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            onBlur={() => setTouched(true)}
            error={emailError ?? error?.fieldError('email')}
            required
          />
          {error && !error.issues.length && (
            <p className="form-error" role="alert">
              {error.message}
            </p>
          )}
          <button className="button primary wide" type="submit" disabled={busy}>
            {busy ? 'One moment…' : 'Send me a link'}
          </button>
        </form>
      </>
    );
  }

  return (
    <PublicCard>
      <h1>Forgot your password?</h1>
      {body}
      <p className="auth-switch">
        Remembered it?{' '}
        <Link to="/log-in" state={{ email } satisfies PublicPageState}>
          Log in
        </Link>
      </p>
    </PublicCard>
  );
}

/** Reads the token from the link's fragment once, then takes it out of the address bar and history. */
function useTokenFromLink(): string | null {
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('token'));
  useEffect(() => {
    if (window.location.hash) {
      window.history.replaceState(window.history.state, '', window.location.pathname);
    }
  }, []);
  return token;
}

/** The page a reset email links to: choose a new password; every other session ends and this one logs in. */
export function ResetPasswordPage() {
  const token = useTokenFromLink();
  const { resetPassword } = useAuth();
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  usePageTitle('Choose a new password');

  const passwordError =
    touched && password.length < MIN_PASSWORD_LENGTH
      ? `Use at least ${MIN_PASSWORD_LENGTH} characters (${password.length} so far).`
      : undefined;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!token || password.length < MIN_PASSWORD_LENGTH) return;
    setBusy(true);
    setError(null);
    try {
      await resetPassword(token, password);
      setDone(true);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <PublicCard>
        <h1>Your new password is set</h1>
        <div className="auth-message" role="status">
          <p>You are logged in here. Anywhere else you were logged in, you have been logged out.</p>
        </div>
        <Link className="button primary wide" to="/" replace>
          Go to Today
        </Link>
      </PublicCard>
    );
  }
  if (!token) {
    return (
      <PublicCard>
        <h1>Choose a new password</h1>
        <div className="auth-message problem" role="alert">
          <p>
            This page needs the link from your reset email. Open the link in the email again, or ask for a new
            one.
          </p>
        </div>
        <Link className="button primary wide" to="/forgot-password">
          Ask for a new link
        </Link>
      </PublicCard>
    );
  }
  if (error?.code === 'reset_link_invalid') {
    // The link cannot work any more: say why, and offer the one way on.
    return (
      <PublicCard>
        <h1>This link does not work</h1>
        <div className="auth-message problem" role="alert">
          <p>{error.message}</p>
        </div>
        <Link className="button primary wide" to="/forgot-password">
          Ask for a new link
        </Link>
      </PublicCard>
    );
  }
  return (
    <PublicCard>
      <h1>Choose a new password</h1>
      <p className="muted">Setting it logs you out everywhere else, and logs you in here.</p>
      <form onSubmit={onSubmit} noValidate>
        <Field
          label="New password"
          type="password"
          name="password"
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. A short sentence works well.`}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          onBlur={() => setTouched(true)}
          error={passwordError ?? error?.fieldError('password')}
          required
        />
        {error && !error.issues.length && (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        )}
        <button className="button primary wide" type="submit" disabled={busy}>
          {busy ? 'One moment…' : 'Set the new password'}
        </button>
      </form>
    </PublicCard>
  );
}
