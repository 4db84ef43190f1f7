import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The words for every code the placement screens show, written as literal keys so the catalog test
 * (i18n-keys.test.ts) checks each one exists in both languages.
 */
export function useLabels() {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the words change with the language, which t alone does not signal.
  return useMemo(
    () => ({
      kind: { transfer: t('placement.kind.transfer'), careerPath: t('placement.kind.careerPath') } as Record<string, string>,
      kindHelp: { transfer: t('placement.kindHelp.transfer'), careerPath: t('placement.kindHelp.careerPath') } as Record<string, string>,
      track: {
        management: t('placement.track.management'),
        specialist: t('placement.track.specialist'),
        undecided: t('placement.track.undecided'),
      } as Record<string, string>,
      timeframe: {
        within1y: t('placement.timeframe.within1y'),
        in1to3y: t('placement.timeframe.in1to3y'),
        over3y: t('placement.timeframe.over3y'),
      } as Record<string, string>,
      relocation: {
        ok: t('placement.relocation.ok'),
        no: t('placement.relocation.no'),
        depends: t('placement.relocation.depends'),
      } as Record<string, string>,
      disclosure: { manager_hr: t('placement.disclosure.manager_hr'), hr_only: t('placement.disclosure.hr_only') } as Record<
        string,
        string
      >,
      state: {
        new: t('placement.state.new'),
        considered: t('placement.state.considered'),
        offered: t('placement.state.offered'),
        moved: t('placement.state.moved'),
        notNow: t('placement.state.notNow'),
        withdrawn: t('placement.state.withdrawn'),
      } as Record<string, string>,
      decision: {
        considered: t('placement.decision.considered'),
        offered: t('placement.decision.offered'),
        moved: t('placement.decision.moved'),
        notNow: t('placement.decision.notNow'),
      } as Record<string, string>,
      decisionHelp: {
        considered: t('placement.decisionHelp.considered'),
        offered: t('placement.decisionHelp.offered'),
        moved: t('placement.decisionHelp.moved'),
        notNow: t('placement.decisionHelp.notNow'),
      } as Record<string, string>,
      positionKind: { position: t('placement.positionKind.position'), project: t('placement.positionKind.project') } as Record<
        string,
        string
      >,
      positionStatus: { open: t('placement.positionStatus.open'), closed: t('placement.positionStatus.closed') } as Record<string, string>,
      tabs: {
        wishes: t('placement.ui.hr.tabs.wishes'),
        positions: t('placement.ui.hr.tabs.positions'),
        candidates: t('placement.ui.hr.tabs.candidates'),
      } as Record<string, string>,
    }),
    [t, i18n.language],
  );
}

export type Labels = ReturnType<typeof useLabels>;

/** Select options for a list of codes. */
export const optionsOf = (codes: readonly string[], words: Record<string, string>) =>
  codes.map((c) => ({ value: c, label: words[c] ?? c }));
