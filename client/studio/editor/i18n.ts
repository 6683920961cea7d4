import { boothEditEn } from '../../../shared/i18n/booth-edit-en.ts';
import { boothEditKo } from '../../../shared/i18n/booth-edit-ko.ts';
import { mediaEn } from '../../../shared/i18n/media-en.ts';
import { mediaKo } from '../../../shared/i18n/media-ko.ts';
import { addNamespace } from '../../account/i18n.ts';

// The editor's and the approval queue's sentences, and the upload refusals', with their chunk.
addNamespace('boothEdit', boothEditKo, boothEditEn);
addNamespace('media', mediaKo, mediaEn);
