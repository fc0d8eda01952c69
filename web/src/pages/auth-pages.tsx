import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../lib/api';
import { useAuth } from '../lib/auth';
import { Field } from '../components/field';

const MIN_PASSWORD = 10;
const emailLooksValid = (email: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());

type Mode = 'log-in' | 'sign-up';

/** Log-in and sign-up share one form; sign-up checks the password length as you type. */
function AuthForm({ mode }: { mode: Mode }) {
  const { logIn, signUp } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState({ email: false, password: false });
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const emailError =
    touched.email && !emailLooksValid(email) ? 'Enter an email address like name@example.com.' : undefined;
  const passwordError =
    mode === 'sign-up' && touched.password && password.length < MIN_PASSWORD
      ? `Use at least ${MIN_PASSWORD} characters (${password.length} so far).`
      : mode === 'log-in' && touched.password && password.length === 0
        ? 'Enter your password.'
        : undefined;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched({ email: true, password: true });
    if (!emailLooksValid(email) || (mode === 'sign-up' ? password.length < MIN_PASSWORD : !password)) return;
    setBusy(true);
    setServerError(null);
    try {
      await (mode === 'sign-up' ? signUp(email, password) : logIn(email, password));
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== '/log-in' ? from : '/', { replace: true });
    } catch (err) {
      setServerError(
        err instanceof ApiError ? err : new ApiError(0, 'unknown', 'Something went wrong. Try again.'),
      );
    } finally {
      setBusy(false);
    }
  };

  const title = mode === 'sign-up' ? 'Create your account' : 'Log in';
  return (
    <main className="auth" id="main">
      <div className="auth-card">
        <p className="brand auth-brand">
          <span className="brand-mark" aria-hidden="true" />
          backstride
        </p>
        <h1>{title}</h1>
        <p className="muted">
          {mode === 'sign-up'
            ? 'Your data stays on this server. Nobody else sees it.'
            : 'Welcome back. How is your back today?'}
        </p>
        <form onSubmit={onSubmit} noValidate>
          <Field
            label="Email"
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            onBlur={() => setTouched((t) => ({ ...t, email: true }))}
            error={emailError ?? serverError?.fieldError('email')}
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
              New here? <Link to="/sign-up">Create an account</Link>
            </>
          )}
        </p>
      </div>
    </main>
  );
}

export const LogInPage = () => <AuthForm mode="log-in" />;
export const SignUpPage = () => <AuthForm mode="sign-up" />;
