import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import type { ReactNode } from 'react';
import { AuthProvider, useAuth } from './lib/auth';
import { SettingsProvider } from './lib/settings';
import { Shell } from './components/shell';
import { LogInPage, SignUpPage } from './pages/auth-pages';
import { LandingPage } from './public/landing-page';
import { ForgotPasswordPage, ResetPasswordPage } from './public/password-pages';
import { HomePage } from './pages/home-page';
import { PainPage, PlanPage, ShoesPage } from './pages/section-pages';
import { RunsPage } from './runs/runs-page';
import { ImportPage } from './runs/import-page';
import { RunPage } from './runs/run-page';
import { NewRunPage } from './runs/new-run-page';
import { CheckinHistoryPage } from './checkin/history-page';
import { CheckinFlow } from './checkin/checkin-flow';
import { CheckinResultPage } from './checkin/result-page';
import { SettingsPage } from './pages/settings-page';
import { MorePage } from './pages/more-page';

function RequireUser({ children }: { children: ReactNode }) {
  const { me, loading } = useAuth();
  const location = useLocation();
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
            <Route path="pain" element={<PainPage />} />
            <Route path="shoes" element={<ShoesPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="more" element={<MorePage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </AuthProvider>
  );
}
