// Labels that the home page's to-do lists share with their features: apart so the first page can carry them
// without the whole feature catalogs (first-page.ts).
export const formKinds = { sheet: 'キャリア面談シート', survey: '事前アンケート' };
export const sheetStates = { notStarted: '未着手', draft: '記入中', submitted: '提出済み' };
export const planOwners = { employee: '本人', manager: '上司', hr: '人事' };
export const followUpRhythms = { none: '設定しない', weekly: '毎週', biweekly: '隔週', monthly: '毎月', quarterly: '3か月ごと' };
