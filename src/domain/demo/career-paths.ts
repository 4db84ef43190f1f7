// Demo data only: two job families (営業職, エンジニア職), each with a common ladder that splits into the
// management and the specialist track at G4, as HR would write them in the career-path CSV (issue 18).
// Role names of the management track are the demo's job titles (課長, 部長), so people stand somewhere.
const HEADER = '職種コード,職種名,役割コード,役割名,トラック,等級,等級レベル,期待スキル,次のステップ,対象部署コード';
const ROWS = [
  'SALES,営業職,S-G1,メンバー,共通,G1,1,法人営業:2; 提案書作成:2,S-G2,SALES',
  'SALES,営業職,S-G2,中堅メンバー,共通,G2,2,法人営業:3; 提案書作成:3; 交渉:2,S-G3,SALES',
  'SALES,営業職,S-G3,主任,共通,G3,3,法人営業:3; 交渉:3; プレゼンテーション:3,S-M4; S-S4,SALES',
  'SALES,営業職,S-M4,課長,マネジメント職,G4,4,法人営業:4; 交渉:4; コーチング:3,S-M5,SALES',
  'SALES,営業職,S-S4,シニアセールス,専門職,G4,4,法人営業:4; 業界知識:4; 提案書作成:4,S-S5,SALES',
  'SALES,営業職,S-M5,部長,マネジメント職,G5,5,交渉:4; コーチング:4; プロジェクト管理:3,,SALES',
  'SALES,営業職,S-S5,セールスエキスパート,専門職,G5,5,法人営業:5; 業界知識:5; データ分析:3,,SALES',
  'ENG,エンジニア職,E-G1,メンバー,共通,G1,1,TypeScript:2; テスト自動化:2,E-G2,DEV',
  'ENG,エンジニア職,E-G2,中堅メンバー,共通,G2,2,TypeScript:3; 設計:2; テスト自動化:3,E-G3,DEV',
  'ENG,エンジニア職,E-G3,主任,共通,G3,3,TypeScript:3; 設計:3; SQL:3,E-M4; E-S4,DEV',
  'ENG,エンジニア職,E-M4,課長,マネジメント職,G4,4,設計:3; プロジェクト管理:3; コーチング:3,E-M5,DEV',
  'ENG,エンジニア職,E-S4,シニアエンジニア,専門職,G4,4,TypeScript:4; 設計:4; AWS:3,E-S5,DEV',
  'ENG,エンジニア職,E-M5,部長,マネジメント職,G5,5,プロジェクト管理:4; コーチング:4; 設計:3,,DEV',
  'ENG,エンジニア職,E-S5,プリンシパルエンジニア,専門職,G5,5,TypeScript:5; 設計:5; セキュリティ:3,,DEV',
];

/** The demo's career paths as a CSV file (Japanese headers, as the import's template). */
export const DEMO_CAREER_PATHS_CSV = `${[HEADER, ...ROWS].join('\r\n')}\r\n`;
