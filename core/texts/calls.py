"""Texts of the call-quality test: verdicts per messenger, evidence, bands and figure names."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # ---- explanations ----
    "calls.explain.call_ok_marginal": {
        "en": "Calls should work: the call path ({target}) answers, and a call would sound {band_code} (MOS {mos}), though the line is past a call-readiness limit.",
        "ru": "Звонки должны работать: путь звонка ({target}) отвечает, звук будет: {band_code} (MOS {mos}), хотя линия выходит за пределы, допустимые для звонков.",
    },
    "calls.explain.call_ok": {
        "en": "Calls should work: the call path ({target}) answers, and a call would sound {band_code} (MOS {mos}).",
        "ru": "Звонки должны работать: путь звонка ({target}) отвечает, звук будет: {band_code} (MOS {mos}).",
    },
    "calls.explain.call_poor": {
        "en": "Calls would connect but sound poor (MOS {mos}, {band_code}), mostly because of {figure_code}: {value}.",
        "ru": "Звонок соединится, но звук будет плохим (MOS {mos}, {band_code}), в основном из-за показателя «{figure_code}»: {value}.",
    },
    "calls.explain.udp_blocked": {
        "en": "Call traffic (UDP) to {target} gets no answer while public call servers ({controls}) do: this messenger's calls are cut by your provider.",
        "ru": "Трафик звонков (UDP) к {target} остаётся без ответа, хотя публичные серверы ({controls}) отвечают: звонки этого мессенджера режет ваш провайдер.",
    },
    "calls.explain.dtls_blocked": {
        "en": "Call set-up packets pass ({target} answers), but the encrypted call handshake (DTLS) is dropped: WebRTC calls — Signal, browser calls — won't connect.",
        "ru": "Пакеты установки звонка проходят ({target} отвечает), но зашифрованное рукопожатие звонка (DTLS) отбрасывается: звонки на WebRTC — Signal, звонки в браузере — не соединятся.",
    },
    "calls.explain.cut": {
        "en": "Call traffic dies after {n} packets: a call would connect and then drop within a second or two (a \u201cpacket-count cut\u201d).",
        "ru": "Трафик звонка обрывается после {n} пакетов: звонок соединится и через секунду-две оборвётся («обрыв по числу пакетов»).",
    },
    "calls.explain.no_udp": {
        "en": "No call server answered over UDP, not even the public ones: UDP may be blocked altogether here, or the network is down.",
        "ru": "Ни один сервер звонков не ответил по UDP, даже публичные: здесь может быть заблокирован весь UDP, или сеть не работает.",
    },
    "calls.explain.unverified": {
        "en": "Its call servers did not answer, but they are not known to answer a test like this one, so this proves nothing.",
        "ru": "Его серверы звонков не ответили, но неизвестно, отвечают ли они на такую проверку, поэтому это ничего не доказывает.",
    },
    "calls.explain.no_targets": {
        "en": "No call server of this service is known, so its calls were not tested.",
        "ru": "Серверы звонков этого сервиса неизвестны, поэтому звонки не проверялись.",
    },
    "calls.explain.unresolved": {
        "en": "The names of its call servers did not resolve, so its calls could not be tested.",
        "ru": "Имена его серверов звонков не разрешились, поэтому звонки проверить не удалось.",
    },
    # ---- advice ----
    "calls.advice.call_ok": {"en": "Nothing to do.", "ru": "Ничего делать не нужно."},
    "calls.advice.call_ok_marginal": {
        "en": "Calls should connect, but expect short dropouts or delay; if they bother you, move closer to the Wi-Fi router or switch between Wi-Fi and mobile data.",
        "ru": "Звонки должны соединяться, но возможны короткие пропадания звука или задержка; если это мешает, подойдите ближе к роутеру или переключитесь между Wi-Fi и мобильной сетью.",
    },
    "calls.advice.call_poor": {
        "en": "Move closer to the Wi-Fi router or switch between Wi-Fi and mobile data; if it stays poor, the provider's network is the cause.",
        "ru": "Подойдите ближе к роутеру или переключитесь между Wi-Fi и мобильной сетью; если лучше не станет, дело в сети провайдера.",
    },
    "calls.advice.udp_blocked": {
        "en": "Messages still work. For calls, a VPN that carries UDP usually restores them; or call over another messenger.",
        "ru": "Сообщения работают. Звонки обычно возвращает VPN, который пропускает UDP; или позвоните через другой мессенджер.",
    },
    "calls.advice.dtls_blocked": {
        "en": "Messages still work. Calls that use WebRTC ring but do not connect; a VPN that carries UDP usually restores them, or call over another messenger.",
        "ru": "Сообщения работают. Звонки на WebRTC звонят, но не соединяются; обычно их возвращает VPN, который пропускает UDP, или позвоните через другой мессенджер.",
    },
    "calls.advice.cut": {
        "en": "A VPN that carries UDP usually restores calls; short voice messages still get through.",
        "ru": "Звонки обычно возвращает VPN, который пропускает UDP; короткие голосовые сообщения проходят.",
    },
    "calls.advice.no_udp": {
        "en": "Check that the network works at all; if it does, calls need a VPN that carries call traffic (UDP).",
        "ru": "Проверьте, работает ли сеть вообще; если работает, для звонков нужен VPN, который пропускает трафик звонков (UDP).",
    },
    "calls.advice.unverified": {
        "en": "Try a call: if it does not connect, a VPN that carries UDP usually helps.",
        "ru": "Попробуйте позвонить: если звонок не соединяется, обычно помогает VPN с поддержкой UDP.",
    },
    "calls.advice.no_targets": {"en": "Nothing to do.", "ru": "Ничего делать не нужно."},
    "calls.advice.unresolved": {
        "en": "Run the diagnostic: its results on the Services tab show whether names resolve on this network at all.",
        "ru": "Запустите проверку: её результаты на вкладке «Сервисы» покажут, разрешаются ли имена в этой сети вообще.",
    },
    # ---- evidence ----
    "calls.evidence.unresolved": {
        "en": "{target}: the name did not resolve, so it was not tested.",
        "ru": "{target}: имя не разрешилось, проверить не удалось.",
    },
    "calls.evidence.not_measured": {
        "en": "{target}: could not be measured ({error}).",
        "ru": "{target}: измерить не удалось ({error}).",
    },
    "calls.evidence.dtls_answered": {
        "en": "{target}: the encrypted call handshake (a WebRTC DTLS ClientHello) was answered.",
        "ru": "{target}: на зашифрованное рукопожатие звонка (DTLS ClientHello от WebRTC) пришёл ответ.",
    },
    "calls.evidence.dtls_dropped": {
        "en": "{target}: the encrypted call handshake (a WebRTC DTLS ClientHello, sent 3 times) got no answer from a server that answers it.",
        "ru": "{target}: на зашифрованное рукопожатие звонка (DTLS ClientHello от WebRTC, отправлено 3 раза) нет ответа от сервера, который на него отвечает.",
    },
    "calls.evidence.cut": {
        "en": "{target}: the flow was answered, then died after {n} packets.",
        "ru": "{target}: сначала отвечал, потом поток оборвался после {n} пакетов.",
    },
    "calls.evidence.silent_known": {
        "en": "{target} did not answer, though it answers this probe on an open network.",
        "ru": "{target} не ответил, хотя в открытой сети отвечает на такую проверку.",
    },
    "calls.evidence.silent_unverified": {
        "en": "{target} did not answer (it is not known to answer this probe).",
        "ru": "{target} не ответил (неизвестно, отвечает ли он на такую проверку).",
    },
    "calls.evidence.fallback_ok": {
        "en": "The backup route calls take when the usual one is blocked ({target}) answers: calls may still connect, with worse quality.",
        "ru": "Запасной путь, которым идут звонки, когда обычный заблокирован ({target}), отвечает: звонки могут соединиться, но с худшим качеством.",
    },
    "calls.evidence.fallback_failed": {
        "en": "The backup route calls take when the usual one is blocked ({target}) does not answer either.",
        "ru": "Запасной путь, которым идут звонки, когда обычный заблокирован ({target}), тоже не отвечает.",
    },
    "calls.evidence.ready_loss": {
        "en": "Packet loss of {value} % is above what call-readiness checks accept (under 1 %).",
        "ru": "Потеря пакетов {value} % выше допустимого для звонков (меньше 1 %).",
    },
    "calls.evidence.ready_jitter": {
        "en": "Jitter of {value} ms is above what call-readiness checks accept (under 30 ms).",
        "ru": "Джиттер {value} мс выше допустимого для звонков (меньше 30 мс).",
    },
    "calls.evidence.ready_rtt": {
        "en": "A round trip of {value} ms is above what call-readiness checks accept (under 100 ms).",
        "ru": "Время туда-обратно {value} мс выше допустимого для звонков (меньше 100 мс).",
    },
    "calls.evidence.stun_dropped": {
        "en": "{target}: call-shaped (STUN) packets were dropped ({stun_loss} % lost) while random packets of the same size passed ({random_loss} % lost): the provider recognises call traffic.",
        "ru": "{target}: пакеты в формате звонка (STUN) отбрасывались ({stun_loss} % потерь), а случайные пакеты того же размера проходили ({random_loss} % потерь): провайдер распознаёт трафик звонков.",
    },
    "calls.evidence.random_dropped": {
        "en": "{target}: random packets were dropped ({random_loss} % lost) while call-shaped (STUN) ones passed ({stun_loss} % lost): the path filters unknown UDP traffic.",
        "ru": "{target}: случайные пакеты отбрасывались ({random_loss} % потерь), а пакеты в формате звонка (STUN) проходили ({stun_loss} % потерь): сеть фильтрует неизвестный UDP-трафик.",
    },
    # ---- words put into the texts ----
    "label.mos_excellent": {"en": "excellent", "ru": "отлично"},
    "label.mos_good": {"en": "good", "ru": "хорошо"},
    "label.mos_fair": {"en": "fair", "ru": "удовлетворительно"},
    "label.mos_degraded": {"en": "degraded", "ru": "с помехами"},
    "label.mos_poor": {"en": "poor", "ru": "плохо"},
    "label.figure_loss": {"en": "packet loss", "ru": "потеря пакетов"},
    "label.figure_latency": {"en": "delay", "ru": "задержка"},
    "label.figure_jitter": {"en": "jitter", "ru": "джиттер"},
    # ---- the command line ----
    "calls.cli.title": {
        "en": "Call test: {seconds} s per call server",
        "ru": "Проверка звонков: {seconds} с на каждый сервер",
    },
    "calls.cli.figures": {
        "en": "{target}: {received}/{sent} answered, loss {loss} %, round trip {rtt_min}/{rtt_median}/{rtt_p95} ms (min/median/95 %), jitter {jitter} ms, MOS {mos} ({band_code})",
        "ru": "{target}: ответов {received}/{sent}, потери {loss} %, туда-обратно {rtt_min}/{rtt_median}/{rtt_p95} мс (мин/медиана/95 %), джиттер {jitter} мс, MOS {mos} ({band_code})",
    },
    "calls.cli.silent": {
        "en": "{target}: no answer to {sent} packets",
        "ru": "{target}: нет ответа на {sent} пакетов",
    },
    "calls.cli.extra": {
        "en": "reordered {reordered}, duplicates {duplicates}, invalid replies {invalid}",
        "ru": "не по порядку {reordered}, дубликатов {duplicates}, негодных ответов {invalid}",
    },
    "calls.cli.cut": {
        "en": "the flow died after {n} packets",
        "ru": "поток оборвался после {n} пакетов",
    },
    "calls.cli.incomplete": {
        "en": "The call test was stopped before the end: the figures cover only part of it.",
        "ru": "Проверка звонков остановлена досрочно: данные неполные.",
    },
}
