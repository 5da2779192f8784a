import { useCallback, useState } from 'react';
import type { HotspotArea, VawgProfile } from '../api/api-types.js';
import { DataTable } from '../components/data-table.js';
import { ErrorNotice, Loading } from '../components/notice.js';
import { formatDay } from '../format/dates.js';
import { useProfile } from '../profile-state.js';
import { FilterPanel, forceLabel } from './filter-panel.js';
import { HotspotMap } from './hotspot-map.js';

function AreaTable(props: {
  caption: string;
  areas: HotspotArea[];
  action?: { label: string; run: (area: string) => void };
}) {
  const action = props.action;
  return (
    <DataTable
      caption={props.caption}
      rows={props.areas}
      rowKey={(a) => a.area}
      empty="No VAWG occurrences with a postcode in this period."
      columns={[
        {
          key: 'rank',
          label: 'Rank',
          numeric: true,
          render: (a) => a.rank,
          sortValue: (a) => a.rank,
        },
        {
          key: 'area',
          label: 'Area',
          render: (a) =>
            action ? (
              <button type="button" className="link" onClick={() => action.run(a.area)}>
                {action.label} {a.area}
              </button>
            ) : (
              a.area
            ),
          sortValue: (a) => a.area,
        },
        {
          key: 'n',
          label: 'Occurrences',
          numeric: true,
          render: (a) => a.occurrences,
          sortValue: (a) => a.occurrences,
        },
      ]}
    />
  );
}

function Streets({ area }: { area: HotspotArea }) {
  return (
    <DataTable
      caption={`Streets in ${area.area}`}
      rows={area.streets}
      rowKey={(s) => s.street}
      columns={[
        { key: 's', label: 'Street', render: (s) => s.street },
        { key: 'n', label: 'Occurrences', numeric: true, render: (s) => s.occurrences },
      ]}
    />
  );
}

/** Every sector of a listed district, ranked within it. */
function sectorsOf(profile: VawgProfile, district: string): HotspotArea[] {
  return profile.hotspots.districtSectors.filter((s) => s.district === district);
}

function ForceHotspots({ profile }: { profile: VawgProfile }) {
  const [district, setDistrict] = useState<string | null>(null);
  const [sector, setSector] = useState<string | null>(null);
  const select = useCallback((d: string) => {
    setDistrict(d);
    setSector(null);
  }, []);
  const chosen = profile.hotspots.districts.find((d) => d.area === district);
  const sectors = district === null ? [] : sectorsOf(profile, district);
  const chosenSector = sectors.find((s) => s.area === sector);
  return (
    <section aria-labelledby={`hotspots-${profile.force}`}>
      <h2 id={`hotspots-${profile.force}`}>
        {forceLabel(profile.force)}: {formatDay(profile.period.from)} to{' '}
        {formatDay(profile.period.to)}
      </h2>
      <div className="grid-2">
        <HotspotMap districts={profile.hotspots.districts} selected={district} onSelect={select} />
        <div>
          <AreaTable
            caption="Postcode districts by VAWG occurrences"
            areas={profile.hotspots.districts}
            action={{ label: 'Drill into', run: select }}
          />
          {chosen ? (
            <div className="drill" aria-live="polite">
              <h3>District {chosen.area}</h3>
              <AreaTable
                caption={`Sectors of ${chosen.area}`}
                areas={sectors}
                action={{ label: 'Streets of', run: setSector }}
              />
              {chosenSector ? <Streets area={chosenSector} /> : <Streets area={chosen} />}
            </div>
          ) : null}
        </div>
      </div>
    </section>
  );
}

/** Hotspots: districts ranked and mapped, drilling down to sectors and streets. */
export function HotspotsPage() {
  const { profiles, loading, error } = useProfile();
  return (
    <>
      <h1>Hotspots</h1>
      <FilterPanel />
      {loading ? <Loading what="hotspots" /> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {profiles?.map((p) => (
        <ForceHotspots key={p.force} profile={p} />
      ))}
    </>
  );
}
