import { field, opt, t } from './build';
import type { LocalizedText } from '../../db/schema';
import type { FormDefinition } from './definition';

const agree = { min: t('そう思わない', 'Disagree'), max: t('そう思う', 'Agree') };

/** The seed's キャリア面談シート: issues and worries; short/mid/long-term goals; efforts and skills; support wanted. */
export const DEFAULT_SHEET: { name: LocalizedText; definition: FormDefinition } = {
  name: t('キャリア面談シート(標準)', 'Career interview sheet (standard)'),
  definition: {
    sections: [
      {
        id: 'issues',
        title: t('現在の職における課題・悩み', 'Issues and worries in your current job'),
        description: t(
          'キャリア目標の妨げになっているものはないか、今の仕事がキャリア目標とどう結びつくかを書いてください。',
          'Is anything in the way of your career goals? How does your current work connect with them?',
        ),
        fields: [
          field({
            id: 'currentIssues',
            type: 'longText',
            required: true,
            label: t('今の仕事で抱えている課題や悩み', 'Issues and worries in your work now'),
          }),
          field({
            id: 'workGoalLink',
            type: 'longText',
            label: t('今の仕事とキャリア目標のつながり', 'How your current work connects with your career goals'),
          }),
        ],
      },
      {
        id: 'goals',
        title: t('キャリア目標', 'Career goals'),
        fields: [
          field({
            id: 'careerGoals',
            type: 'goals',
            required: true,
            label: t('短期・中期・長期のキャリア目標', 'Short, mid and long-term career goals'),
            help: t(
              '目安: 短期は1年、中期は3年、長期は5年以上先',
              'As a guide: short term is one year, mid term three, long term five or more',
            ),
          }),
          field({
            id: 'careerTrack',
            type: 'single',
            label: t('目指したい方向', 'The track you lean towards'),
            options: [
              opt('management', 'マネジメント職', 'Management'),
              opt('specialist', '専門職(スペシャリスト)', 'Specialist'),
              opt('undecided', 'まだ決めていない', 'Not decided yet'),
            ],
          }),
        ],
      },
      {
        id: 'efforts',
        title: t('取り組んでいる課題・スキル', 'What you are working on and the skills you are building'),
        fields: [
          field({
            id: 'currentEfforts',
            type: 'longText',
            required: true,
            label: t('いま取り組んでいる課題', 'What you are working on now'),
          }),
          field({ id: 'skillsBuilding', type: 'skills', label: t('身につけようとしているスキル', 'Skills you are building') }),
        ],
      },
      {
        id: 'support',
        title: t('求めているサポート', 'Support you want'),
        fields: [
          field({
            id: 'supportTypes',
            type: 'multi',
            label: t('会社や上司に求める支援', 'Support you want from the company or your manager'),
            options: [
              opt('training', '研修の受講', 'Training'),
              opt('qualification', '資格取得の支援', 'Help with qualifications'),
              opt('ojt', 'OJT・指導', 'On-the-job coaching'),
              opt('project', '新しいプロジェクトへのアサイン', 'Assignment to a new project'),
              opt('transfer', '異動・配置転換', 'Transfer or new assignment'),
              opt('workStyle', '働き方の調整', 'Adjusting how I work'),
              opt('mentoring', 'メンター・相談相手', 'A mentor or someone to talk to'),
            ],
          }),
          field({ id: 'supportDetail', type: 'longText', label: t('具体的な内容', 'Details') }),
        ],
      },
    ],
  },
};

/** A pre-survey on the seed's example themes: satisfaction, skill-up plan, improvement ideas, the future you want. */
export const DEFAULT_SURVEY: { name: LocalizedText; definition: FormDefinition } = {
  name: t('事前アンケート(標準)', 'Pre-interview survey (standard)'),
  definition: {
    sections: [
      {
        id: 'satisfaction',
        title: t('業務満足度', 'Job satisfaction'),
        fields: [
          field({
            id: 'jobSatisfaction',
            type: 'scale',
            required: true,
            label: t('今の仕事内容に満足している', 'I am satisfied with what my job involves'),
            scaleLabels: agree,
          }),
          field({
            id: 'rewarding',
            type: 'scale',
            required: true,
            label: t('日々の業務にやりがいを感じる', 'I find my daily work rewarding'),
            scaleLabels: agree,
          }),
          field({ id: 'workload', type: 'scale', label: t('業務量や負担は適切だ', 'My workload is reasonable'), scaleLabels: agree }),
          field({
            id: 'teamAtmosphere',
            type: 'scale',
            label: t('チームや部署の雰囲気がよい', 'My team has a good atmosphere'),
            scaleLabels: agree,
          }),
          field({
            id: 'careerAnxiety',
            type: 'scale',
            label: t('今後のキャリアに不安はない', 'I have no worries about my future career'),
            scaleLabels: agree,
          }),
        ],
      },
      {
        id: 'skillPlan',
        title: t('スキル・キャリアアップの計画', 'Skill and career-up plan'),
        fields: [
          field({ id: 'skillUpPlan', type: 'longText', label: t('身につけたいスキルと、その計画', 'Skills you want to gain, and how') }),
          field({
            id: 'skillUpImage',
            type: 'longText',
            label: t('スキルアップ後になりたい姿', 'What you see yourself doing once you have them'),
          }),
        ],
      },
      {
        id: 'improvement',
        title: t('業務の改善案', 'Ideas to improve the work'),
        fields: [
          field({
            id: 'improvementIdeas',
            type: 'longText',
            label: t('仕事の進め方やチームの業務で改善したいこと', 'What you would improve in how the work is done'),
          }),
        ],
      },
      {
        id: 'future',
        title: t('将来のなりたい姿', 'The future you want'),
        fields: [
          field({ id: 'desiredRole', type: 'shortText', label: t('希望する役職・役割', 'The title or role you hope for') }),
          field({
            id: 'desiredPay',
            type: 'shortText',
            label: t('希望年収', 'The pay you hope for'),
            help: t('上司に見せたくない場合は「人事のみ」にできます。', 'Mark it "HR only" if you do not want your manager to see it.'),
          }),
          field({ id: 'qualifications', type: 'shortText', label: t('取得したい資格', 'Qualifications you want to gain') }),
          field({
            id: 'transferWish',
            type: 'single',
            label: t('異動の希望', 'Transfer wishes'),
            options: [
              opt('stay', '今の部署で続けたい', 'Stay in my department'),
              opt('move', '異動を希望する', 'I would like a transfer'),
              opt('either', 'どちらでもよい', 'Either is fine'),
            ],
          }),
          field({
            id: 'workStyleWish',
            type: 'multi',
            label: t('関心のある働き方', 'Ways of working you are interested in'),
            options: [
              opt('remote', '在宅勤務', 'Working from home'),
              opt('shortHours', '時短勤務', 'Shorter hours'),
              opt('flex', 'フレックスタイム', 'Flexible hours'),
              opt('sideJob', '副業', 'A side job'),
              opt('none', '特になし', 'None in particular'),
            ],
          }),
          field({
            id: 'lifeEvents',
            type: 'longText',
            label: t(
              '今後影響がありそうなライフイベント(育児・介護など)',
              'Life events that may affect your work (childcare, caring for family, …)',
            ),
            help: t('「人事のみ」にすると、上司には表示されません。', 'Mark it "HR only" and your manager will not see it.'),
          }),
        ],
      },
    ],
  },
};
