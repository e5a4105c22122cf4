// The bars of the claims chart, in a chunk of their own: the charting library (recharts under Mantine
// charts) is most of the dashboard's script, and the figures beside it should not wait for it.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useDirection } from '@mantine/core';

export default function ClaimsBars({
  data,
  label,
  height,
}: {
  data: { status: string; count: number }[];
  label: string;
  height: number;
}) {
  const rtl = useDirection().dir === 'rtl';
  return (
    <BarChart
      h={height}
      data={data}
      dataKey="status"
      series={[{ name: 'count', label, color: 'deepBlue.7' }]}
      tickLine="none"
      gridAxis="y"
      // Right to left: the workflow reads from the right, the value axis on the right.
      xAxisProps={{ reversed: rtl }}
      yAxisProps={{ orientation: rtl ? 'right' : 'left', allowDecimals: false }}
    />
  );
}
