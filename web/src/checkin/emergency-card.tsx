import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/page-title';
import type { TriageResultOut } from '../../../src/contract/checkins';
import { WhyThisAnswer } from './why-this-answer';

export type SaveState = 'saving' | 'saved' | 'failed';

const SAVE_WORDS: Record<SaveState, string> = {
  saving: 'Saving this to your check-ins…',
  saved: 'Saved to your check-ins.',
  failed: 'Not saved yet: no connection. What to do above does not change.',
};

/** The first sentence of an action as the headline, the rest beneath it. */
function split(action: string): [string, string] {
  const cut = action.indexOf('. ');
  return cut > 0 ? [action.slice(0, cut + 1), action.slice(cut + 2)] : [action, ''];
}

/**
 * Red, full screen, one action first: nothing else competes with it. Everything it needs is in the result and
 * the app bundle, so it works without a network once the app is loaded.
 */
export function EmergencyCard({
  result,
  save,
  onChangeAnswers,
}: {
  result: TriageResultOut;
  /** Shown while the check-in that stopped here is being stored. */
  save?: SaveState;
  /** Offered inside the check-in: back to the questions, answers kept. */
  onChangeAnswers?: () => void;
}) {
  const [first, ...others] = result.rules;
  const [headline, rest] = split(first?.action ?? 'Get emergency help now.');
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(`Emergency: ${headline.replace(/\.$/, '')}`);
  useEffect(() => heading.current?.focus(), []);
  const { number, alternatives, country } = result.emergencyContact;
  return (
    <div
      className="emergency-screen"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="em-h"
      aria-describedby="em-a"
    >
      <div className="emergency-inner">
        <p className="emergency-word">
          <span aria-hidden="true" className="emergency-icon">
            !
          </span>{' '}
          <span>Emergency</span>
        </p>
        <h1 id="em-h" ref={heading} tabIndex={-1}>
          {headline}
        </h1>
        <p id="em-a" className="emergency-action">
          {rest}
        </p>
        <p className="emergency-calls">
          <a className="button emergency-call" href={`tel:${number}`}>
            Call {number}
          </a>
          {alternatives.map((alt) => (
            <a key={alt} className="button emergency-call secondary" href={`tel:${alt}`}>
              Call {alt}
            </a>
          ))}
        </p>
        <p>
          Do not drive yourself: have someone take you, or call. Do not run.
          {country === null &&
            ' If these numbers do not work where you are, ask someone nearby to call an ambulance.'}
        </p>
        {others.length > 0 && (
          <div className="emergency-say">
            <h2>Also</h2>
            <ul>
              {others.map((r) => (
                <li key={r.id}>{r.action}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="emergency-say">
          <h2>What to tell them</h2>
          <ul>
            {result.rules.map((r) => (
              <li key={r.id}>{r.title}</li>
            ))}
          </ul>
        </div>
        <WhyThisAnswer rules={result.rules} />
        {save && (
          <p className="emergency-save" role="status">
            {SAVE_WORDS[save]}
          </p>
        )}
        <p className="emergency-links">
          {onChangeAnswers && (
            <button type="button" className="link-button" onClick={onChangeAnswers}>
              Tapped the wrong answer? Go back to the questions
            </button>
          )}
          <Link className="emergency-home" to="/">
            Back to the app
          </Link>
        </p>
      </div>
    </div>
  );
}
