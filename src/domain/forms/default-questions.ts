import type { LocalizedText } from '../../db/schema';

/** The seed's seven question categories (キャリア面談での質問例), in the order an interview uses them. */
export const QUESTION_CATEGORIES = [
  'currentWork',
  'achievements',
  'careerGoals',
  'skillsGrowth',
  'workStyle',
  'issuesSupport',
  'closing',
] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];

const q = (ja: string, en: string): LocalizedText => ({ ja, en });

/** The seed's example questions, word for word, with English. HR may edit or retire them. */
export const DEFAULT_QUESTIONS: Record<QuestionCategory, LocalizedText[]> = {
  currentWork: [
    q('今の仕事内容に満足していますか?', 'Are you satisfied with what your job involves now?'),
    q('日々の業務でやりがいを感じる瞬間はありますか?', 'Are there moments in your daily work when you find it rewarding?'),
    q('現在の役割に対して、どんな課題を感じていますか?', 'What challenges do you see in your current role?'),
    q('最近ストレスや負担を感じたことはありますか?', 'Have you felt stress or strain recently?'),
    q('チームや部署の雰囲気についてどう感じていますか?', 'How do you feel about the atmosphere in your team or department?'),
    q('仕事の進め方で改善したいことはありますか?', 'Is there anything about how the work is done that you would like to improve?'),
  ],
  achievements: [
    q('最近、成果を出せたと感じた経験はありますか?', 'Have you recently had an experience where you felt you achieved results?'),
    q('自分の強みを活かせた業務は何ですか?', 'In which work were you able to make use of your strengths?'),
    q('周囲からどんな点を評価されていると感じますか?', 'What do you feel the people around you value in you?'),
    q('これまでのキャリアで誇れる成果は何ですか?', 'What achievements in your career so far are you proud of?'),
    q('他の人にはない自分の武器・強みは何だと思いますか?', 'What do you think is a strength of yours that others do not have?'),
  ],
  careerGoals: [
    q('3年後、5年後にどんな仕事をしていたいですか?', 'What kind of work would you like to be doing in three or five years?'),
    q('将来チャレンジしてみたい仕事や役割はありますか?', 'Is there a job or role you would like to take on in the future?'),
    q('マネジメント職と専門職、どちらに関心がありますか?', 'Are you more interested in a management track or a specialist track?'),
    q('異動や配置転換について希望はありますか?', 'Do you have any wishes about a transfer or a change of assignment?'),
    q('今後のキャリアで不安に感じていることはありますか?', 'Is there anything about your future career that worries you?'),
  ],
  skillsGrowth: [
    q('今後、身につけたいスキルや知識は何ですか?', 'What skills or knowledge would you like to acquire?'),
    q('現在の業務で苦手に感じていることはありますか?', 'Is there anything in your current work you find difficult?'),
    q('外部研修や資格取得に関心はありますか?', 'Are you interested in external training or gaining qualifications?'),
    q('これまでで最も成長を実感できた経験は何ですか?', 'What experience made you feel you grew the most?'),
    q('キャリアアップに向けて、挑戦したいことはありますか?', 'Is there something you would like to take on to advance your career?'),
  ],
  workStyle: [
    q('今の働き方(勤務時間や場所)に不満はありますか?', 'Are you unhappy with how you work now (hours or place)?'),
    q('ワークライフバランスはとれていますか?', 'Do you have a good work-life balance?'),
    q('プライベートとの両立で悩んでいることはありますか?', 'Is balancing work with your private life troubling you?'),
    q(
      '育児・介護など、今後影響がありそうなライフイベントはありますか?',
      'Are there life events ahead, such as childcare or caring for family, that may affect your work?',
    ),
    q(
      '柔軟な働き方(時短勤務や副業など)に興味はありますか?',
      'Are you interested in flexible ways of working (shorter hours, a side job, …)?',
    ),
  ],
  issuesSupport: [
    q('最近、仕事で困っていることはありますか?', 'Is anything troubling you at work lately?'),
    q(
      '上司や会社にもっと支援してほしいことはありますか?',
      'Is there anything you would like more support with from your manager or the company?',
    ),
    q('評価や目標設定に納得できていますか?', 'Are you satisfied with how you are evaluated and how your goals are set?'),
    q('チーム内の人間関係で悩んでいることはありますか?', 'Are relationships within the team troubling you?'),
    q('働き続けるうえで不安に感じることは何ですか?', 'What worries you about continuing to work here?'),
  ],
  closing: [
    q('今日の面談を通じて気づいたことはありましたか?', 'Did you notice anything through today’s interview?'),
    q('今後、どのようなサポートがあると嬉しいですか?', 'What kind of support would you welcome from now on?'),
    q('この面談をきっかけに挑戦してみたいことはありますか?', 'Is there anything this interview makes you want to try?'),
    q(
      '面談内容を受けて、上司や会社に期待することはありますか?',
      'After this interview, what do you expect from your manager or the company?',
    ),
    q('次回の面談までに取り組みたいことは何ですか?', 'What would you like to work on before the next interview?'),
  ],
};

/** The seed's interview themes (キャリア面談で話すテーマ) and theme-setting examples (テーマ設定). */
export const DEFAULT_THEMES: { title: LocalizedText; description: LocalizedText }[] = [
  {
    title: q('業務満足度・現在の課題', 'Job satisfaction and current issues'),
    description: q(
      '現在の仕事に対するやりがい、不満、困っていることなど',
      'What you find rewarding in your work now, what dissatisfies you, what troubles you',
    ),
  },
  {
    title: q('スキル・経験の棚卸し', 'Inventory of skills and experience'),
    description: q(
      '得意な業務、これまでに培ったスキル、成功体験など',
      'Work you are good at, skills you have built, experiences of success',
    ),
  },
  {
    title: q('今後伸ばしたいスキルや分野', 'Skills and fields to grow'),
    description: q(
      'チャレンジしたい領域、関心のあるテーマ、必要と感じているスキル',
      'Areas you want to take on, topics that interest you, skills you feel you need',
    ),
  },
  {
    title: q('異動・キャリアパスの希望', 'Transfer and career path wishes'),
    description: q('将来の役割、異動希望、マネジメント志向など', 'Your future role, transfer wishes, interest in management'),
  },
  {
    title: q('働き方やライフスタイルの希望', 'Work style and life'),
    description: q('労働時間、在宅勤務、家庭との両立など', 'Working hours, working from home, balancing work and family'),
  },
  {
    title: q('スキル・キャリアアップの計画', 'Skill and career-up plan'),
    description: q(
      '身につけたいスキルと、スキルアップ後のイメージ',
      'The skills you want to gain and what you see yourself doing with them',
    ),
  },
  {
    title: q('業務の改善案', 'Ideas to improve the work'),
    description: q('仕事の進め方やチームの業務で改善したいこと', 'What you would improve in how the work and the team’s work are done'),
  },
  {
    title: q('将来のなりたい姿(希望年収・役職など)', 'The future you want (title, pay, …)'),
    description: q('希望する役職や年収、取得したい資格など', 'The title and pay you hope for, qualifications you want to gain'),
  },
];
