/** The grid of a bar chart: its unit in the corner and a line with its value at each tick. */
export interface ChartGridProps {
  /** The unit, written in the top-left corner. */
  units: string;
  ticks: readonly number[];
  /** Where a value sits vertically. */
  y: (value: number) => number;
  /** Where the plot starts and ends horizontally. */
  left: number;
  right: number;
}

export function ChartGrid({ units, ticks, y, left, right }: ChartGridProps) {
  return (
    <>
      <text x={4} y={11} className="axis">
        {units}
      </text>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={left} x2={right} y1={y(v)} y2={y(v)} className="grid" />
          <text x={left - 6} y={y(v) + 4} textAnchor="end" className="axis">
            {v}
          </text>
        </g>
      ))}
    </>
  );
}
