import { useMemo } from 'react';
import type { VawgProfile } from '../api/api-types.js';
import { Chart } from '../components/chart.js';
import { DataTable } from '../components/data-table.js';
import { ErrorNotice, Loading } from '../components/notice.js';
import { formatDay } from '../format/dates.js';
import { useProfile } from '../profile-state.js';
import { FilterPanel, forceLabel } from './filter-panel.js';
import { countOption, monthLabel, monthOption } from './profile-charts.js';

const number = (value: number | null) =>
  value === null ? 'unknown' : value.toLocaleString('en-GB');

function Headline({ profile }: { profile: VawgProfile }) {
  const h = profile.headline;
  const change = profile.yearToDate.changePercent;
  const figures: [string, string][] = [
    ['VAWG occurrences', number(h.occurrences)],
    ['Crimes', number(h.crimes)],
    ['Open', number(h.open)],
    ['Victims', number(h.victims)],
    ['Suspects', number(h.suspects)],
    ['Harm (days)', number(h.harmDays)],
    ['Per 1,000 people', number(profile.rate.per1000)],
    ['Year to date', number(profile.yearToDate.current.occurrences)],
    ['Previous year to date', number(profile.yearToDate.previous.occurrences)],
    ['Change', change === null ? 'n/a' : `${change > 0 ? '+' : ''}${change}%`],
  ];
  return (
    <dl className="figures">
      {figures.map(([label, value]) => (
        <div key={label} className="figure">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ProfileView({ profile }: { profile: VawgProfile }) {
  const months = useMemo(() => monthOption(profile), [profile]);
  const classes = useMemo(
    () =>
      profile.byClassification.level1.map((c) => ({ label: c.level1, occurrences: c.occurrences })),
    [profile],
  );
  const classOption = useMemo(() => countOption(classes), [classes]);
  const locationOption = useMemo(() => countOption(profile.byLocationType), [profile]);
  const name = forceLabel(profile.force);
  return (
    <section className="profile" aria-labelledby={`profile-${profile.force}`}>
      <h2 id={`profile-${profile.force}`}>
        {name}: {formatDay(profile.period.from)} to {formatDay(profile.period.to)}
      </h2>
      {profile.warnings.map((w) => (
        <p key={w} className="warning" role="note">
          {w}
        </p>
      ))}
      <Headline profile={profile} />
      <div className="grid-2">
        <div>
          <h3>Occurrences by month</h3>
          <Chart option={months} label={`${name} VAWG occurrences by month`} />
          <DataTable
            caption="Occurrences by month"
            rows={profile.byMonth}
            rowKey={(m) => m.month}
            columns={[
              { key: 'm', label: 'Month', render: (m) => monthLabel(m.month) },
              { key: 'o', label: 'Occurrences', numeric: true, render: (m) => m.occurrences },
              { key: 'p', label: 'Year before', numeric: true, render: (m) => m.previousYear },
            ]}
          />
        </div>
        <div>
          <h3>By classification</h3>
          <Chart option={classOption} label={`${name} occurrences by classification`} />
          <CountTable caption="By classification" rows={classes} />
          <h3>By location type</h3>
          <Chart option={locationOption} label={`${name} occurrences by location type`} />
          <CountTable caption="By location type" rows={profile.byLocationType} />
        </div>
      </div>
    </section>
  );
}

function CountTable(props: { caption: string; rows: { label: string; occurrences: number }[] }) {
  return (
    <DataTable
      caption={props.caption}
      rows={props.rows}
      rowKey={(r) => r.label}
      columns={[
        { key: 'l', label: 'Type', render: (r) => r.label, sortValue: (r) => r.label },
        {
          key: 'o',
          label: 'Occurrences',
          numeric: true,
          render: (r) => r.occurrences,
          sortValue: (r) => r.occurrences,
        },
      ]}
    />
  );
}

/** The VAWG profile page: filter, then each selected force's figures, charts and tables. */
export function ProfilePage() {
  const { profiles, loading, error } = useProfile();
  return (
    <>
      <h1>VAWG profile</h1>
      <FilterPanel />
      {loading ? <Loading what="the profile" /> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {profiles?.map((p) => (
        <ProfileView key={p.force} profile={p} />
      ))}
    </>
  );
}
