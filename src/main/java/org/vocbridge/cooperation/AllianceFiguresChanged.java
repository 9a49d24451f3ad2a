package org.vocbridge.cooperation;

/** An alliance's agreements, reports or outputs changed: its dashboard figures must be computed again. */
record AllianceFiguresChanged(long allianceId) {}
