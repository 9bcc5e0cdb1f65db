// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DnsMessage: the name decoder's bounds, pointer and length checks, and header/question parsing.
#include "dns_message.h"

#include <QTest>

using Problem = DnsMessage::Problem;

namespace {
// A 12-byte header (id 0x1234, QR as given, qdcount 1) followed by body.
QByteArray message(const QByteArray &body, bool response = false, int rcode = 0)
{
    QByteArray m = QByteArray::fromHex("1234");
    m.append(char(response ? 0x81 : 0x01));
    m.append(char(response ? (0x80 | rcode) : 0));
    m.append(QByteArray::fromHex("0001000000000000"));
    return m + body;
}

QByteArray label(int length, char c = 'x')
{
    return char(length) + QByteArray(length, c);
}
} // namespace

class TestDnsMessage : public QObject {
    Q_OBJECT

private slots:
    void decodesPlainNameInLowerCase()
    {
        const QByteArray wire = message(QByteArray("\3WWW\7Example\3COM\0", 17));
        QByteArray name;
        qsizetype next = 0;
        QCOMPARE(DnsMessage::decodeName(wire, 12, name, &next), Problem::None);
        QCOMPARE(name, QByteArray("www.example.com"));
        QCOMPARE(next, 12 + 17);
    }

    void decodesRootAsDot()
    {
        QByteArray name;
        QCOMPARE(DnsMessage::decodeName(message(QByteArray(1, '\0')), 12, name, nullptr), Problem::None);
        QCOMPARE(name, QByteArray("."));
    }

    void followsCompressionPointer()
    {
        // "example.com" at 12, then "www" + pointer to 12 at 25.
        const QByteArray wire = message(QByteArray("\7example\3com\0\3www\xC0\x0C", 19));
        QByteArray name;
        qsizetype next = 0;
        QCOMPARE(DnsMessage::decodeName(wire, 25, name, &next), Problem::None);
        QCOMPARE(name, QByteArray("www.example.com"));
        QCOMPARE(next, 25 + 6); // just past the pointer, not where it led
    }

    void rejectsPointerLoop()
    {
        QByteArray name;
        const QByteArray self = message(QByteArray("\3abc\xC0\x0C", 6));
        QCOMPARE(DnsMessage::decodeName(self, 12, name, nullptr), Problem::PointerLoop);
        const QByteArray pingPong = message(QByteArray("\xC0\x0E\xC0\x0C", 4));
        QCOMPARE(DnsMessage::decodeName(pingPong, 12, name, nullptr), Problem::PointerLoop);
    }

    void acceptsLongPointerChainUpToLimit()
    {
        // A chain of kMaxJumps pointers, each to the one before, ending at "a".
        QByteArray body("\1a\0", 3);
        for (int i = 0; i < DnsMessage::kMaxJumps; ++i) {
            const int target = 12 + (i == 0 ? 0 : 3 + 2 * (i - 1));
            body.append(char(0xC0 | (target >> 8))).append(char(target & 0xFF));
        }
        const QByteArray wire = message(body);
        QByteArray name;
        const qsizetype last = wire.size() - 2;
        QCOMPARE(DnsMessage::decodeName(wire, last, name, nullptr), Problem::None);
        QCOMPARE(name, QByteArray("a"));
        const QByteArray longer = wire + char(0xC0 | (last >> 8)) + char(last & 0xFF);
        QCOMPARE(DnsMessage::decodeName(longer, longer.size() - 2, name, nullptr), Problem::PointerLoop);
    }

    void rejectsPointerOutsideMessage()
    {
        QByteArray name;
        QCOMPARE(DnsMessage::decodeName(message(QByteArray("\xC0\xFF", 2)), 12, name, nullptr), Problem::BadPointer);
    }

    void rejectsNamePastTheEnd()
    {
        QByteArray name;
        QCOMPARE(DnsMessage::decodeName(message(QByteArray("\5abc", 4)), 12, name, nullptr), Problem::NameTruncated);
        QCOMPARE(DnsMessage::decodeName(message(QByteArray("\3abc", 4)), 12, name, nullptr), Problem::NameTruncated);
        QCOMPARE(DnsMessage::decodeName(message(QByteArray("\xC0", 1)), 12, name, nullptr), Problem::NameTruncated);
        QCOMPARE(DnsMessage::decodeName(message({}), 12, name, nullptr), Problem::NameTruncated);
    }

    void rejectsLabelLongerThan63()
    {
        QByteArray name;
        QCOMPARE(DnsMessage::decodeName(message(label(63) + '\0'), 12, name, nullptr), Problem::None);
        QCOMPARE(name.size(), 63);
        QCOMPARE(DnsMessage::decodeName(message(label(64) + '\0'), 12, name, nullptr), Problem::BadLabelType);
        QCOMPARE(DnsMessage::decodeName(message(QByteArray("\x80xx\0", 4)), 12, name, nullptr), Problem::BadLabelType);
    }

    void rejectsNameLongerThan255()
    {
        // 4 x 63-byte labels: 4 * 64 + 1 = 257 wire bytes; 3 x 63 + 1 x 61: 255, the maximum.
        QByteArray name;
        const QByteArray tooLong = label(63) + label(63) + label(63) + label(63) + '\0';
        QCOMPARE(DnsMessage::decodeName(message(tooLong), 12, name, nullptr), Problem::NameTooLong);
        const QByteArray longest = label(63) + label(63) + label(63) + label(61) + '\0';
        QCOMPARE(DnsMessage::decodeName(message(longest), 12, name, nullptr), Problem::None);
        QCOMPARE(name.size(), 253);
        // Also when the length is reached through a pointer.
        const QByteArray viaPointer = message(label(63) + label(63) + label(63) + '\0' + label(62) + "\xC0\x0C");
        QCOMPARE(DnsMessage::decodeName(viaPointer, 12 + 193, name, nullptr), Problem::NameTooLong);
    }

    void checkNameFindsWhatDecodeNameFindsWithoutTheText()
    {
        // Every case above, good and bad: the same problem and the same end of the name.
        QByteArray pointerChain = message(QByteArray("\3abc\0", 5));
        for (int i = 0; i < DnsMessage::kMaxJumps + 1; ++i)
            pointerChain += "\xC0" + QByteArray(1, char(pointerChain.size() - 2 - (i ? 0 : 3)));
        const QList<std::pair<QByteArray, qsizetype>> cases = {
            {message(QByteArray("\3WWW\7Example\3com\0", 17)), 12},
            {message(QByteArray(1, '\0')), 12},
            {message(QByteArray("\3www\7example\3com\0\4mail\xC0\x10", 24)), 29},
            {message(QByteArray("\xC0\x0C", 2)), 12},
            {message(QByteArray("\xC0\x0E\xC0\x0C", 4)), 12},
            {message(QByteArray("\xC0\xFF", 2)), 12},
            {message(QByteArray("\5abc", 4)), 12},
            {message(QByteArray("\xC0", 1)), 12},
            {message({}), 12},
            {message(label(64) + '\0'), 12},
            {message(QByteArray("\x80xx\0", 4)), 12},
            {message(label(63) + label(63) + label(63) + label(63) + '\0'), 12},
            {message(label(63) + label(63) + label(63) + label(61) + '\0'), 12},
            {pointerChain, pointerChain.size() - 2},
        };
        for (const auto &[wire, offset] : cases) {
            QByteArray name;
            qsizetype decodedNext = -7, checkedNext = -7;
            const Problem decoded = DnsMessage::decodeName(wire, offset, name, &decodedNext);
            QCOMPARE(DnsMessage::checkName(wire, offset, &checkedNext), decoded);
            QCOMPARE(checkedNext, decodedNext);
        }
    }

    void parsesHeaderAndQuestion()
    {
        DnsMessage m;
        QCOMPARE(m.parse(message(QByteArray("\4mail\7example\0\0\x0f\0\1", 18), true, 3)), Problem::None);
        QCOMPARE(m.id, quint16(0x1234));
        QVERIFY(m.response);
        QCOMPARE(m.rcode, 3);
        QCOMPARE(m.qtype, 15);
        QCOMPARE(m.qname, QByteArray("mail.example"));
    }

    void extendsRcodeWithOpt()
    {
        // Question, then one additional OPT record whose TTL's top byte is 1: BADVERS (16).
        QByteArray wire = message(QByteArray("\1a\0\0\1\0\1", 7), true, 0);
        wire[11] = 1; // arcount
        wire.append(QByteArray("\0\0\x29\x10\0\1\0\0\0\0\0", 11));
        DnsMessage m;
        QCOMPARE(m.parse(wire), Problem::None);
        QCOMPARE(m.rcode, 16);
    }

    void rejectsShortHeaderAndTruncatedQuestion()
    {
        DnsMessage m;
        QCOMPARE(m.parse(QByteArray(11, '\0')), Problem::TooShort);
        QCOMPARE(m.parse(message(QByteArray("\1a\0\0", 4))), Problem::QuestionTruncated);
    }

    void takesNameOfFirstAnswerWithoutQuestion()
    {
        QByteArray wire = message(QByteArray("\5local\0\0\x0c\x80\1\0\0\0\x78\0\0", 17), true);
        wire[5] = 0; // qdcount 0
        wire[7] = 1; // ancount 1
        DnsMessage m;
        QCOMPARE(m.parse(wire), Problem::None);
        QCOMPARE(m.qname, QByteArray("local"));
        QCOMPARE(m.qtype, 12);
    }
};

QTEST_GUILESS_MAIN(TestDnsMessage)
#include "tst_dns_message.moc"
