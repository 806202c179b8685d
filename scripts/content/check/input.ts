// What checkContent() reads: the model, the files and the project around them.
// files.ts builds it from the disk; tests can pass it directly.
import type { AppRoute } from './app-routes';
import type { ImageFileInfo } from './image-files';
import type { ContentModel } from './model';
import type { TranslationRecord } from '../../../lib/translations/record';

export interface ContentFile {
  /** Path relative to the content directory, with forward slashes. */
  rel: string;
  text: string;
}

/** messages/{locale}/{name}.json */
export interface MessageFile {
  /** Path relative to the project root. */
  file: string;
  locale: string;
  name: string;
  text: string;
}

export interface CheckInput {
  model: ContentModel;
  files: ContentFile[];
  /** Prefix shown before each relative path, e.g. "content". */
  displayDir: string;
  componentNames: string[];
  locales: string[];
  /** Whether /url/path is a file under public/. */
  publicFile: (urlPath: string) => boolean;
  /** Size and format of a raster image under public/ (image-files.ts); absent: the image budget is not checked. */
  imageFile?: (urlPath: string) => ImageFileInfo | undefined;
  /** Displayed name of the public directory, for messages. */
  publicDirName?: string;
  /** Route files under app/; null: skip the "has a route" check. */
  appRoutes?: AppRoute[] | null;
  /** messages/{locale}/*.json, paths relative to the project root. */
  messages?: MessageFile[];
  /** content/translations.json (lib/translations/record.ts); absent: translation status and dates are not checked. */
  translationRecord?: TranslationRecord;
}
