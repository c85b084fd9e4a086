import type { MessageKey } from './en.ts';

/**
 * Arabic, Chinese, Russian and Spanish: the main navigation and vote words so far. Missing keys fall
 * back to English one by one; the language menu marks these catalogues as partial. Arabic also
 * switches the page to right-to-left layout.
 */
type PartialCatalogue = Partial<Record<MessageKey, string>>;

export const ar: PartialCatalogue = {
  'app.skip': 'انتقل إلى المحتوى الرئيسي',
  'app.language': 'اللغة',
  'nav.chamber': 'قاعة المجلس',
  'nav.live': 'جلسة مباشرة',
  'nav.replay': 'سيناريو 2022',
  'nav.history': 'السجل',
  'nav.analysis': 'التحليل',
  'nav.drafts': 'المشاريع',
  'outcome.adopted': 'اعتُمد',
  'outcome.vetoed': 'استُخدم حق النقض',
  'outcome.failed': 'لم يُعتمد',
  'choice.yes': 'نعم',
  'choice.no': 'لا',
  'choice.abstain': 'امتناع',
  'choice.absent': 'غائب',
  'chamber.title': 'قاعة المجلس',
  'chamber.president': 'الرئيس',
};

export const zh: PartialCatalogue = {
  'app.skip': '跳到主要内容',
  'app.language': '语言',
  'nav.chamber': '会议厅',
  'nav.live': '现场会议',
  'nav.replay': '2022年情景',
  'nav.history': '历史',
  'nav.analysis': '分析',
  'nav.drafts': '草案',
  'outcome.adopted': '通过',
  'outcome.vetoed': '被否决',
  'outcome.failed': '未通过',
  'choice.yes': '赞成',
  'choice.no': '反对',
  'choice.abstain': '弃权',
  'choice.absent': '缺席',
  'chamber.title': '会议厅',
  'chamber.president': '主席',
};

export const ru: PartialCatalogue = {
  'app.skip': 'Перейти к основному содержанию',
  'app.language': 'Язык',
  'nav.chamber': 'Зал Совета',
  'nav.live': 'Заседание',
  'nav.replay': 'Сценарий 2022',
  'nav.history': 'История',
  'nav.analysis': 'Анализ',
  'nav.drafts': 'Проекты',
  'outcome.adopted': 'Принята',
  'outcome.vetoed': 'Вето',
  'outcome.failed': 'Не принята',
  'choice.yes': 'За',
  'choice.no': 'Против',
  'choice.abstain': 'Воздержался',
  'choice.absent': 'Отсутствует',
  'chamber.title': 'Зал Совета',
  'chamber.president': 'Председатель',
};

export const es: PartialCatalogue = {
  'app.skip': 'Ir al contenido principal',
  'app.language': 'Idioma',
  'nav.chamber': 'Salón del Consejo',
  'nav.live': 'Sesión en directo',
  'nav.replay': 'Escenario 2022',
  'nav.history': 'Historial',
  'nav.analysis': 'Análisis',
  'nav.drafts': 'Proyectos',
  'outcome.adopted': 'Aprobado',
  'outcome.vetoed': 'Vetado',
  'outcome.failed': 'No aprobado',
  'choice.yes': 'A favor',
  'choice.no': 'En contra',
  'choice.abstain': 'Abstención',
  'choice.absent': 'Ausente',
  'chamber.title': 'Salón del Consejo',
  'chamber.president': 'Presidencia',
};
