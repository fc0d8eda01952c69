/** How to film a clip the form check can read: short, with a picture, and the promise that the video stays here. */

/** Side view of the set-up: the phone level at hip height, 3–5 m from the runner's path. */
function SetUpPicture() {
  return (
    <svg className="form-setup" viewBox="0 0 320 162" aria-hidden="true">
      <line x1="10" y1="132" x2="310" y2="132" className="ground" />
      {/* the phone on a stand at hip height */}
      <line x1="40" y1="132" x2="40" y2="78" className="stand" />
      <rect x="33" y="62" width="14" height="22" rx="3" className="phone" />
      <path d="M47 73 L150 58 M47 73 L150 98" className="view" />
      {/* the runner, side-on, mid-stride */}
      <circle cx="215" cy="34" r="9" className="runner" />
      <path
        d="M214 44 L210 80 M212 54 L226 66 L236 58 M212 54 L198 66 M210 80 L226 100 L220 128 M210 80 L196 104 L180 110"
        className="runner"
      />
      <path d="M246 76 L288 76 M280 70 L288 76 L280 82" className="arrow" />
      <line x1="40" y1="142" x2="212" y2="142" className="measure" />
      <text x="126" y="158" textAnchor="middle" className="label">
        3–5 m
      </text>
      <text x="40" y="54" textAnchor="middle" className="label">
        hip height
      </text>
    </svg>
  );
}

export function CaptureGuidance() {
  return (
    <section className="card form-guidance" aria-labelledby="guidance-h">
      <h2 id="guidance-h">How to film</h2>
      <SetUpPicture />
      <ul className="form-steps">
        <li>Phone level, at hip height (a shelf or a friend helps), 3–5 m to the side of your path.</li>
        <li>Film side-on, so you run across the picture; 60 frames a second if your phone offers it.</li>
        <li>Only you in the picture, head to feet.</li>
        <li>5–10 seconds of steady, easy running. A treadmill is fine.</li>
      </ul>
      <p className="form-privacy">
        <strong>Your video never leaves this phone.</strong> It is analysed here, on the device. Only the
        resulting numbers are kept, and only if you save them.
      </p>
    </section>
  );
}
