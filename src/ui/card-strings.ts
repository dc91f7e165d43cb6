import type { CardStrings } from './hover-card.tsx';
import { t } from './i18n.ts';

export function cardStrings(): CardStrings {
  return {
    kind: { person: t('kindPerson', 'Person'), treaty: t('kindTreaty', 'Treaty'), figure: t('kindFigure', 'Figure') },
    readFullStory: t('readFullStory', 'Read full story'),
    close: t('close', 'Close'),
    fromArticle: t('fromArticle', 'From the article'),
    ourTranslation: t('ourTranslation', 'Our translation'),
  };
}
