import { field, opt, t } from '../forms/build';
import type { LocalizedText } from '../../db/schema';
import type { FormDefinition } from '../forms/definition';

/**
 * The seed's 「採用基準策定のための現場ヒアリングシート」: a field manager describes one high performer of the role —
 * situation and results, behaviours, skills and knowledge, personality and values, how they were hired — so that
 * HR can find the pattern the company's high performers share (高いパフォーマンスの社員のパーソナリティやスキル).
 * Keyword lists (`skills` fields) are what the summary counts to pre-fill draft criteria.
 */
export const DEFAULT_HEARING_SHEET: { name: LocalizedText; definition: FormDefinition } = {
  name: t('採用基準策定のための現場ヒアリングシート(標準)', 'Field hearing sheet for hiring criteria (standard)'),
  definition: {
    sections: [
      {
        id: 'performer',
        title: t('対象の社員', 'The high performer'),
        description: t(
          '現場で活躍している(高いパフォーマンスを出している)社員を1名選んでください。誰を選んだかは人事部だけが見ます。以下の記入欄には氏名を書かないでください。',
          'Choose one person who performs highly in this role. Only HR sees whom you chose. Do not write their name in the answers below.',
        ),
        // The person is picked (hearing_requests.performer_id, hiring/performer.ts), never typed: an erasure finds the link.
        fields: [
          field({ id: 'performerTenure', type: 'shortText', label: t('入社年数・現在の担当', 'Years with the company and current work') }),
        ],
      },
      {
        id: 'results',
        title: t('成果・状況', 'Situation and results'),
        fields: [
          field({
            id: 'situation',
            type: 'longText',
            required: true,
            label: t('どのような状況・役割で活躍していますか', 'In what situation and role do they perform'),
          }),
          field({
            id: 'results',
            type: 'longText',
            label: t('具体的な成果(数字や周囲からの評価など)', 'Concrete results (figures, how others rate them)'),
          }),
        ],
      },
      {
        id: 'behaviours',
        title: t('行動特性', 'Behaviours'),
        description: t('成果につながっている日々の行動や仕事の進め方', 'The everyday behaviours and ways of working behind the results'),
        fields: [
          field({
            id: 'behaviourKeywords',
            type: 'skills',
            required: true,
            label: t('特徴的な行動(短い言葉で)', 'Characteristic behaviours (in a few words each)'),
            help: t('例: 自分から周囲を巻き込む、期限前に相談する', 'E.g. involves others on their own initiative, asks early'),
          }),
          field({ id: 'behaviourDetail', type: 'longText', label: t('具体的なエピソード', 'A concrete episode') }),
        ],
      },
      {
        id: 'skills',
        title: t('スキル・知識', 'Skills and knowledge'),
        fields: [
          field({
            id: 'skillKeywords',
            type: 'skills',
            required: true,
            label: t('活躍を支えているスキル・知識・資格', 'Skills, knowledge and qualifications behind it'),
          }),
          field({
            id: 'skillsBeforeJoining',
            type: 'longText',
            label: t('入社時点で持っていたもの・入社後に身につけたもの', 'What they had when they joined, and what they learnt here'),
          }),
        ],
      },
      {
        id: 'traits',
        title: t('性格・価値観', 'Personality and values'),
        fields: [
          field({
            id: 'traitKeywords',
            type: 'skills',
            required: true,
            label: t('性格・価値観の特徴', 'Traits of personality and values'),
            help: t('例: 粘り強い、素直、好奇心が強い', 'E.g. persistent, open to feedback, curious'),
          }),
          field({
            id: 'traitDetail',
            type: 'longText',
            label: t('そう感じる場面・周囲との関わり方', 'Where you see it, and how they work with others'),
          }),
        ],
      },
      {
        id: 'hiring',
        title: t('採用経路', 'How they were hired'),
        fields: [
          field({
            id: 'hiringRoute',
            type: 'single',
            label: t('採用経路', 'Hiring route'),
            options: [
              opt('newGraduate', '新卒採用', 'Graduate hiring'),
              opt('jobSite', '中途採用(求人媒体)', 'Experienced hire (job board)'),
              opt('agency', '中途採用(人材紹介)', 'Experienced hire (agency)'),
              opt('referral', 'リファラル(社員紹介)', 'Referral'),
              opt('other', 'その他', 'Other'),
            ],
          }),
          field({
            id: 'hiringNotes',
            type: 'longText',
            label: t('前職の経験・採用選考での評価', 'Previous experience, and how they were rated in selection'),
          }),
        ],
      },
      {
        id: 'criteria',
        title: t('採用基準への意見', 'Your view on the hiring criteria'),
        fields: [
          field({
            id: 'mustHave',
            type: 'longText',
            label: t('この役割の採用で必ず確認すべきこと', 'What hiring for this role must check'),
          }),
          field({
            id: 'commonGround',
            type: 'longText',
            label: t('他に活躍している社員との共通点', 'What they share with other high performers'),
          }),
        ],
      },
    ],
  },
};

/** Sections whose keyword lists pre-fill draft criteria, with the field counted for each. */
export const KEYWORD_FIELDS = { behaviours: 'behaviourKeywords', skills: 'skillKeywords', traits: 'traitKeywords' } as const;
export const CRITERION_SECTIONS = ['results', 'behaviours', 'skills', 'traits', 'hiring', 'other'] as const;
export type CriterionSection = (typeof CRITERION_SECTIONS)[number];
