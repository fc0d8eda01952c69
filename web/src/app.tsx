import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { useEffect, type ReactNode } from 'react';
import { AuthProvider, useAuth } from './lib/auth';
import { SettingsProvider } from './lib/settings';
import { Shell } from './components/shell';
import { LogInPage, SignUpPage } from './pages/auth-pages';
import { LandingPage } from './public/landing-page';
import { HomePage } from './pages/home-page';
import { lazyPage } from './lib/lazy-page';

// Every page but the front doors and Home loads on first use, so the first visit fetches only what it shows.
const ForgotPasswordPage = lazyPage(() => import('./public/password-pages'), 'ForgotPasswordPage');
const ResetPasswordPage = lazyPage(() => import('./public/password-pages'), 'ResetPasswordPage');
const PlanPage = lazyPage(() => import('./plan/plan-page'), 'PlanPage');
const loadExercisePages = () => import('./plan/exercise-page');
const ExercisePage = lazyPage(loadExercisePages, 'ExercisePage');
const ExerciseIndexPage = lazyPage(loadExercisePages, 'ExerciseIndexPage');
const FormPage = lazyPage(() => import('./plan/form-page'), 'FormPage');
const RecoveryPage = lazyPage(() => import('./plan/recovery-page'), 'RecoveryPage');
const SessionPage = lazyPage(() => import('./session/session-page'), 'SessionPage');
const PainPage = lazyPage(() => import('./pain/pain-page'), 'PainPage');
const ShoesPage = lazyPage(() => import('./shoes/garage-page'), 'GaragePage');
const RunsPage = lazyPage(() => import('./runs/runs-page'), 'RunsPage');
const ImportPage = lazyPage(() => import('./runs/import-page'), 'ImportPage');
const RunPage = lazyPage(() => import('./runs/run-page'), 'RunPage');
const NewRunPage = lazyPage(() => import('./runs/new-run-page'), 'NewRunPage');
const CheckinHistoryPage = lazyPage(() => import('./checkin/history-page'), 'CheckinHistoryPage');
const loadCheckinFlow = () => import('./checkin/checkin-flow');
const loadCheckinResult = () => import('./checkin/result-page');
const CheckinFlow = lazyPage(loadCheckinFlow, 'CheckinFlow');
const CheckinResultPage = lazyPage(loadCheckinResult, 'CheckinResultPage');

/**
 * The check-in and its emergency card must work without a network once the app is open: fetch them as soon as
 * the first page has shown, so a runner who loses signal can still be told what to do.
 */
function preloadSafetyPages() {
  const load = () => void Promise.all([loadCheckinFlow(), loadCheckinResult()]).catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 2_000 });
  else setTimeout(load, 500);
}
const SettingsPage = lazyPage(() => import('./pages/settings-page'), 'SettingsPage');
const MorePage = lazyPage(() => import('./pages/more-page'), 'MorePage');
const FormCheckPage = lazyPage(() => import('./form/form-check-page'), 'FormCheckPage');
const SavedCheckPage = lazyPage(() => import('./form/saved-check-page'), 'SavedCheckPage');
const loadAbout = () => import('./about/about-page');
const AboutFrame = lazyPage(loadAbout, 'AboutFrame');
const AboutPage = lazyPage(loadAbout, 'AboutPage');

function RequireUser({ children }: { children: ReactNode }) {
  const { me, loading } = useAuth();
  const location = useLocation();
  useEffect(() => {
    if (me) preloadSafetyPages();
  }, [me]);
  if (loading)
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  // A first visit to the front door explains the app; any other page asks to log in and comes back after.
  if (!me && location.pathname === '/') return <LandingPage />;
  if (!me) return <Navigate to="/log-in" replace state={{ from: location.pathname }} />;
  return <SettingsProvider>{children}</SettingsProvider>;
}

function GuestOnly({ children }: { children: ReactNode }) {
  const { me, loading } = useAuth();
  if (loading)
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  return me ? <Navigate to="/" replace /> : children;
}

export function App() {
  return (
    <AuthProvider>
      <BrowserRouter>
        <Routes>
          <Route
            path="/log-in"
            element={
              <GuestOnly>
                <LogInPage />
              </GuestOnly>
            }
          />
          <Route
            path="/sign-up"
            element={
              <GuestOnly>
                <SignUpPage />
              </GuestOnly>
            }
          />
          <Route
            path="/forgot-password"
            element={
              <GuestOnly>
                <ForgotPasswordPage />
              </GuestOnly>
            }
          />
          {/* Not guest-only: a reset link must work even in a browser where someone is logged in. */}
          <Route path="/reset-password" element={<ResetPasswordPage />} />
          {/*
           * The guided session: full screen, outside the frame, and not behind RequireUser, so that offline it
           * opens from the cached plan (the plan's own request says when the runner must log in).
           */}
          <Route path="/plan/session/:date/:kind/:index" element={<SessionPage />} />
          {/* Open to everyone (the landing page links it): in the app's frame when signed in. */}
          <Route path="/about" element={<AboutFrame />}>
            <Route index element={<AboutPage />} />
          </Route>
          <Route
            element={
              <RequireUser>
                <Shell />
              </RequireUser>
            }
          >
            <Route index element={<HomePage />} />
            <Route path="check-in" element={<CheckinHistoryPage />} />
            <Route path="check-in/new" element={<CheckinFlow />} />
            <Route path="check-in/:id" element={<CheckinResultPage />} />
            <Route path="runs" element={<RunsPage />} />
            <Route path="runs/import" element={<ImportPage />} />
            <Route path="runs/new" element={<NewRunPage />} />
            <Route path="runs/:id" element={<RunPage />} />
            <Route path="plan" element={<PlanPage />} />
            <Route path="plan/exercises" element={<ExerciseIndexPage />} />
            <Route path="plan/exercises/:id" element={<ExercisePage />} />
            <Route path="plan/form" element={<FormPage />} />
            <Route path="plan/recovery" element={<RecoveryPage />} />
            <Route path="pain" element={<PainPage />} />
            <Route path="shoes" element={<ShoesPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="more" element={<MorePage />} />
            <Route path="form-check" element={<FormCheckPage />} />
            <Route path="form-check/:id" element={<SavedCheckPage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </AuthProvider>
  );
}
