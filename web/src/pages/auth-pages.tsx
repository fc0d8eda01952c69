import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { MIN_PASSWORD_LENGTH } from '../../../src/core/account/credentials';
import { ApiError } from '../lib/api';
import { useAuth } from '../lib/auth';
import { Field } from '../components/field';
import { takeAccountDeleted } from '../account/account-deleted';
import { useAuthOptions } from '../public/auth-options';
import { usePageTitle } from '../lib/page-title';
import '../public/public-pages.css';

const MIN_PASSWORD = MIN_PASSWORD_LENGTH;
const emailLooksValid = (email: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());

type Mode = 'log-in' | 'sign-up';

/** What public pages pass each other: where to go after logging in, and the email typed so far. */
export interface PublicPageState {
  from?: string;
  email?: string;
}

/** The brand at the top of every public card; it leads back to the page that says what backstride is. */
export function AuthBrand() {
  return (
    <p className="brand auth-brand">
      <Link to="/">
        <span className="brand-mark" aria-hidden="true" />
        backstride
      </Link>
    </p>
  );
}

/** The sentence under the email field when sign-up finds the email taken: where to go instead. */
function EmailTaken({ email, canReset }: { email: string; canReset: boolean }) {
  const state: PublicPageState = { email };
  return (
    <>
      You already have an account with this email.{' '}
      <Link to="/log-in" state={state}>
        Log in
      </Link>{' '}
      instead
      {canReset ? (
        <>
          , or{' '}
          <Link to="/forgot-password" state={state}>
            set a new password
          </Link>{' '}
          if you have forgotten it
        </>
      ) : null}
      .
    </>
  );
}

/** Log-in and sign-up share one form; sign-up checks the password length as you type. */
function AuthForm({ mode }: { mode: Mode }) {
  const { logIn, signUp } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const passed = (location.state as PublicPageState | null) ?? {};
  const [deleted] = useState(takeAccountDeleted);
  const options = useAuthOptions();
  const [email, setEmail] = useState(passed.email ?? '');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState({ email: false, password: false });
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(mode === 'sign-up' ? 'Create an account' : 'Log in');

  const emailError =
    touched.email && !emailLooksValid(email) ? 'Enter an email address like name@example.com.' : undefined;
  const passwordError =
    mode === 'sign-up' && touched.password && password.length < MIN_PASSWORD
      ? `Use at least ${MIN_PASSWORD} characters (${password.length} so far).`
      : mode === 'log-in' && touched.password && password.length === 0
        ? 'Enter your password.'
        : undefined;
  const canReset = options.state === 'ready' && options.options.passwordReset === 'email';
  const serverEmailError: ReactNode =
    serverError?.code === 'email_taken' ? (
      <EmailTaken email={email} canReset={canReset} />
    ) : (
      serverError?.fieldError('email')
    );

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched({ email: true, password: true });
    if (!emailLooksValid(email) || (mode === 'sign-up' ? password.length < MIN_PASSWORD : !password)) return;
    setBusy(true);
    setServerError(null);
    try {
      await (mode === 'sign-up' ? signUp(email, password) : logIn(email, password));
      const from = passed.from;
      navigate(from && from !== '/log-in' ? from : '/', { replace: true });
    } catch (err) {
      setServerError(
        err instanceof ApiError ? err : new ApiError(0, 'unknown', 'Something went wrong. Try again.'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="auth" id="main">
      <div className="auth-card">
        <AuthBrand />
        <h1>{mode === 'sign-up' ? 'Create your account' : 'Log in'}</h1>
        <p className="muted">
          {mode === 'sign-up'
            ? 'Your data stays on this server, which you or your club runs. It is never sold or shared.'
            : 'Log in to check in on your back and see your runs.'}
        </p>
        {mode === 'log-in' && deleted && (
          <p className="notice" role="status">
            Your account and all of its data were deleted.
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
            onChange={(e) => {
              setEmail(e.target.value);
              if (serverError?.code === 'email_taken') setServerError(null);
            }}
            onBlur={() => setTouched((t) => ({ ...t, email: true }))}
            error={emailError ?? serverEmailError}
            required
          />
          <Field
            label="Password"
            type="password"
            name="password"
            autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
            hint={
              mode === 'sign-up'
                ? `At least ${MIN_PASSWORD} characters. A short sentence works well.`
                : undefined
            }
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            onBlur={() => setTouched((t) => ({ ...t, password: true }))}
            error={passwordError ?? serverError?.fieldError('password')}
            required
          />
          {mode === 'log-in' && (
            <p className="auth-forgot">
              <Link to="/forgot-password" state={{ email } satisfies PublicPageState}>
                Forgot your password?
              </Link>
            </p>
          )}
          {serverError && !serverError.issues.length && (
            <p className="form-error" role="alert">
              {serverError.message}
            </p>
          )}
          <button className="button primary wide" type="submit" disabled={busy}>
            {busy ? 'One moment…' : mode === 'sign-up' ? 'Create account' : 'Log in'}
          </button>
        </form>
        <p className="auth-switch">
          {mode === 'sign-up' ? (
            <>
              Already have an account? <Link to="/log-in">Log in</Link>
            </>
          ) : (
            <>
              New to backstride? <Link to="/sign-up">Create an account</Link>
            </>
          )}
        </p>
      </div>
    </main>
  );
}

export const LogInPage = () => <AuthForm mode="log-in" />;
export const SignUpPage = () => <AuthForm mode="sign-up" />;
