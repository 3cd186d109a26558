import i18n from '../../i18n';

/** NT-3: the operator's broadcasts page, Russian first and English; a bundle of its own, merged into the app's. */
const ru = {
  broadcasts: {
    title: 'Рассылки',
    lead: 'Уведомление всем жителям, подписанным на информирование по выбранному каналу. SMS ночью не отправляются — они уйдут утром.',
    formTitle: 'Новая рассылка',
    topic: 'Тема',
    topics: {
      TARIFF_CHANGE: 'Изменение тарифов',
      METER_INSTALLATION: 'Установка счётчиков',
      OFFICE_NEWS: 'Новости офисов',
    },
    channel: 'Канал',
    channels: { EMAIL: 'Электронная почта', SMS: 'SMS' },
    heading: 'Заголовок',
    body: 'Текст',
    english: 'По-английски (для жителей, выбравших английский язык)',
    headingEn: 'Заголовок по-английски',
    bodyEn: 'Текст по-английски',
    send: 'Отправить рассылку',
    sending: 'Отправляем…',
    started: 'Рассылка начата: {{total}} получателей.',
    error: { title: 'Введите заголовок.', body: 'Введите текст рассылки.' },
    latest: 'Последние рассылки',
    none: 'Рассылок ещё не было.',
    progress: 'Отправлено {{sent}} из {{total}}, не доставлено {{failed}}',
    progressLabel: 'Ход рассылки «{{title}}»',
    createdBy: '{{when}}, {{who}}',
    forbidden: 'Эта страница — для операторов.',
  },
};

const en: typeof ru = {
  broadcasts: {
    title: 'Broadcasts',
    lead: 'A notice to every resident subscribed to informing on the chosen channel. No SMS at night: they leave in the morning.',
    formTitle: 'New broadcast',
    topic: 'Topic',
    topics: {
      TARIFF_CHANGE: 'Tariff change',
      METER_INSTALLATION: 'Meter installation',
      OFFICE_NEWS: 'Office news',
    },
    channel: 'Channel',
    channels: { EMAIL: 'E-mail', SMS: 'SMS' },
    heading: 'Title',
    body: 'Text',
    english: 'In English (for residents who chose English)',
    headingEn: 'Title in English',
    bodyEn: 'Text in English',
    send: 'Send the broadcast',
    sending: 'Sending…',
    started: 'Broadcast started: {{total}} recipients.',
    error: { title: 'Enter a title.', body: 'Enter the text.' },
    latest: 'Latest broadcasts',
    none: 'No broadcasts yet.',
    progress: '{{sent}} of {{total}} sent, {{failed}} failed',
    progressLabel: 'Progress of “{{title}}”',
    createdBy: '{{when}}, {{who}}',
    forbidden: 'This page is for operators.',
  },
};

i18n.addResourceBundle('ru', 'translation', ru, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
