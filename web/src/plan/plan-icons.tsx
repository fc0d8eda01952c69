import type { PlanItemKind } from '../../../src/core/plan/plan-types';

/** Line icons for plan items; decorative (aria-hidden), every chip carries its words beside. */
const KIND_PATHS: Record<PlanItemKind, string> = {
  run: 'M13 4a2 2 0 1 0 4 0 2 2 0 0 0-4 0M7 21l3-6 3 2v5M10 15l1-5 4 3h4M11 10L8 9l-3 3',
  warmup:
    'M12 3v3M12 18v3M3 12h3M18 12h3M6 6l2 2M16 16l2 2M6 18l2-2M16 8l2-2M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
  cooldown_stretch: 'M12 4a2 2 0 1 0 0 .1M12 7v6l-5 7M12 13l5 7M6 10l6-2 6 2',
  strength: 'M6 7v10M18 7v10M3 10v4M21 10v4M6 12h12',
  drills: 'M5 20l4-8 4 3 4-9M17 6l2 0M5 20h14',
  mobility: 'M4 12a8 8 0 1 0 8-8M4 4v4h4',
  foam_rolling: 'M4 10h16v4H4zM7 10v4M11 10v4M15 10v4',
  active_recovery: 'M12 21s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 11c0 5.5-7 10-7 10z',
  rest: 'M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5z',
  task: 'M9 11l3 3 8-8M20 12v7a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h9',
};

export function KindIcon({ kind, size = 18 }: { kind: PlanItemKind; size?: number }) {
  return (
    <svg
      aria-hidden="true"
      className="kind-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={KIND_PATHS[kind]} />
    </svg>
  );
}
