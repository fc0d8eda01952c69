import { useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../../src/core/account/credentials';
import { Field } from '../components/field';
import { ApiError, apiCall } from '../lib/api';

interface Errors {
  currentPassword?: string;
  newPassword?: string;
  repeat?: string;
  form?: string;
}

/** Settings: a new password, given the current one; the server logs out every other session. */
export function PasswordChange({ onChanged }: { onChanged: () => void }) {
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaid('');
    if (currentPassword === '') return setErrors({ currentPassword: 'Give your current password.' });
    if (newPassword !== repeat) return setErrors({ repeat: 'The two new passwords are not the same.' });
    setErrors({});
    setBusy(true);
    try {
      const { sessionsEnded } = await apiCall('POST /api/me/password', {
        body: { currentPassword, newPassword },
      });
      setCurrent('');
      setNew('');
      setRepeat('');
      setSaid(
        sessionsEnded === 0
          ? 'Your password is changed.'
          : `Your password is changed, and ${sessionsEnded === 1 ? '1 other session was' : `${sessionsEnded} other sessions were`} logged out.`,
      );
      onChanged();
    } catch (failure) {
      if (failure instanceof ApiError && failure.issues.length > 0) {
        setErrors({
          currentPassword: failure.fieldError('currentPassword'),
          newPassword: failure.fieldError('newPassword'),
        });
      } else {
        setErrors({
          form: failure instanceof ApiError ? failure.message : 'Could not change the password. Try again.',
        });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card password-change" aria-labelledby="password-h">
      <h2 id="password-h">Change your password</h2>
      <p className="muted">Every other device is logged out when you do; this one stays logged in.</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={errors.currentPassword}
        />
        <Field
          label="New password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNew(e.currentTarget.value)}
          error={errors.newPassword}
        />
        <Field
          label="New password again"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={errors.repeat}
        />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Changing…' : 'Change password'}
        </button>
      </form>
      <p className="status" role="status">
        {said}
      </p>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
    </section>
  );
}
