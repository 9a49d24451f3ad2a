/**
 * Events: conferences, roundtables, forums and seminars with every text in several languages, held
 * at a place and/or online, and their agenda. Times are kept as the local date and time of where
 * the event happens with that place's IANA zone, so that a change of the zone's rules (Asia/Almaty
 * moved from UTC+6 to UTC+5 on 2024-03-01) never moves a session; the instant is derived when read.
 * The agenda is offered as iCalendar.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "shared :: *",
            "accounts",
            "search",
            "directory",
            "cooperation",
            "library",
            "ventures"
        })
package org.vocbridge.events;
