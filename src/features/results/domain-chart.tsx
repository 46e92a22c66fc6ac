import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { tickStyle, tooltipStyles } from '@/components/chart-theme';

export interface DomainBar {
  name: string;
  percent: number;
  meets: boolean;
}

/** Percent correct per domain against the passing line. */
export function DomainChart({ data, cut, label }: { data: DomainBar[]; cut: number; label: string }) {
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={Math.max(180, data.length * 44)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit="%" tick={tickStyle} />
          <YAxis type="category" dataKey="name" width={150} tick={tickStyle} />
          <Tooltip {...tooltipStyles} formatter={(value) => `${String(value)}%`} />
          <ReferenceLine x={cut} stroke="var(--warning)" strokeDasharray="4 4" label={{ value: `${cut}%`, position: 'top' }} />
          <Bar dataKey="percent" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.name} fill={d.meets ? 'var(--ok)' : 'var(--bad)'} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
