import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NotFound, PageHeader } from '../../components/status';
import { useMe } from '../../session';
import { Candidates } from './Candidates';
import { useLabels } from './labels';
import { Tabs } from '../prep/PrepDetail';
import { Positions } from './Positions';
import { WishList } from './WishList';

type Tab = 'wishes' | 'positions' | 'candidates';
const TABS: Tab[] = ['wishes', 'positions', 'candidates'];

/**
 * /placement — 最適な人材配置 for HR: the employees' open wishes, the positions and projects to staff,
 * and per position the ranked candidates with the reasons and the answer form. A manager who comes
 * here sees only the wishes their reports shared with them (the API scopes it; no positions).
 */
export function PlacementPage() {
  const { t } = useTranslation();
  const me = useMe();
  const l = useLabels();
  const [params, setParams] = useSearchParams();
  const hr = me.can.viewInsight;
  const raw = params.get('tab') as Tab | null;
  const tab: Tab = hr && raw && TABS.includes(raw) ? raw : 'wishes';
  const positionId = params.get('position') ?? '';
  const go = (next: Tab, position?: string) =>
    setParams(next === 'wishes' ? {} : { tab: next, ...(position ? { position } : {}) }, { replace: next === tab });

  if (!hr && !me.can.interview) return <NotFound />;
  return (
    <section className="page">
      <PageHeader title={hr ? t('placement.ui.title') : t('placement.ui.wishes.managerTitle')} />
      {hr && (
        <>
          <p className="lead">{t('placement.ui.hr.lead')}</p>
          <Tabs
            tabs={TABS.map((id) => ({ id, label: l.tabs[id]! }))}
            current={tab}
            onChange={(x) => go(x, x === 'candidates' ? positionId : undefined)}
            label={t('placement.ui.hr.tabsLabel')}
          />
        </>
      )}
      {tab === 'wishes' && <WishList hr={hr} />}
      {tab === 'positions' && <Positions onCandidates={(id) => go('candidates', id)} />}
      {tab === 'candidates' && <Candidates positionId={positionId} onPosition={(id) => go('candidates', id)} />}
    </section>
  );
}
