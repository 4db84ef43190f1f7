// 日程調整。
export default {
  errors: {
    endBeforeStart: '終了は開始より後にしてください。',
    tooLong: '面談は4時間以内にしてください。',
    onlineUrl: 'オンライン会議のURL(https://〜)を入力してください。',
    roomRequired: '場所(会議室名など)を入力してください。',
    inPast: '過去の日時は選べません。',
    tooManyOpen: '候補日時は10件までです。不要な候補を取り下げてください。',
    slotGone: 'この候補日時は選べなくなりました。画面を再読み込みしてください。',
    notScheduled: 'まだ日時が決まっていません。',
    needLocation: '場所を入力してから確定してください。',
    time: '時刻は HH:MM の形式で入力してください。',
    workdayOrder: '終業時刻は始業時刻より後にしてください。',
  },
  warnings: {
    busyHour: '朝一番など業務の忙しい時間帯です。落ち着いて話せる時間を選びましょう。',
    outsideHours: '勤務時間外です。',
    weekend: '休日です。',
  },
  summary: 'キャリア面談: {{employee}}({{round}})',
  description: '「{{round}}」の面談です。\n面談者: {{interviewer}}\n話す内容が他の人に聞こえない場所で行ってください。\n{{url}}',
};
