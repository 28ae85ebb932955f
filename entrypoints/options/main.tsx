import { render } from 'preact'; render(<p>Byline</p>, document.getElementById('app')!);
