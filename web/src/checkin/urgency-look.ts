import type { Urgency } from '../../../src/core/checkin/urgency';

/** One look per urgency everywhere: a word, an icon and a colour role (never the colour alone). */
export const URGENCY_LOOK: Record<Urgency, { word: string; icon: string; className: string; when: string }> =
  {
    emergency: { word: 'Emergency', icon: '!', className: 'u-emergency', when: 'Now' },
    urgent: { word: 'Urgent', icon: '▲', className: 'u-urgent', when: 'Today, or within 48 hours' },
    see_clinician: {
      word: 'See a clinician',
      icon: '●',
      className: 'u-clinician',
      when: 'Book within 1–2 weeks',
    },
    self_manage: { word: 'Self-care', icon: '✓', className: 'u-selfmanage', when: 'Follow your plan' },
  };
