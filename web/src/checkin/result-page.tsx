import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { apiCall, ApiError } from '../lib/api';
import { usePageTitle } from '../lib/page-title';
import { ClinicianResult, EmergencyCard, SelfManageResult } from './result-view';
import type { CheckinRecord } from './types';

export function CheckinResultPage() {
  const { id = '' } = useParams();
  const [record, setRecord] = useState<CheckinRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  usePageTitle(record ? null : 'Check-in result');
  useEffect(() => {
    apiCall('GET /api/checkins/:id', { params: { id } })
      .then(setRecord)
      .catch((e: unknown) =>
        setError(
          e instanceof ApiError && e.status === 404
            ? 'This check-in was not found.'
            : 'Could not load the check-in.',
        ),
      );
  }, [id]);

  if (error) return <p role="alert">{error}</p>;
  if (!record)
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  const { result } = record;
  const when = new Date(record.createdAt).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  if (result.urgency === 'emergency') return <EmergencyCard result={result} />;
  return (
    <>
      <p className="muted result-date">Check-in of {when}</p>
      {result.urgency === 'self_manage' ? (
        <SelfManageResult result={result} />
      ) : (
        <ClinicianResult result={result} />
      )}
      <p className="after-result">
        <Link to="/check-in">All check-ins</Link>
      </p>
    </>
  );
}
