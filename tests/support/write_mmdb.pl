#!/usr/bin/perl
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a small MaxMind DB file with MaxMind's own writer (libmaxmind-db-writer-perl), for
# the owner tests: write_mmdb.pl SPEC.json OUT.mmdb, where SPEC is
#   {"database_type": "GeoLite2-ASN", "build_epoch": 1700000000, "ip_version": 6,
#    "networks": [{"network": "192.0.2.0/24", "data": {"autonomous_system_number": 64500, …}}, …]}
# Integer values named *_number are written as uint32, maps as maps, everything else as text.
use strict;
use warnings;
use JSON::PP;
use MaxMind::DB::Writer::Tree;

my ($specPath, $out) = @ARGV;
die "usage: write_mmdb.pl SPEC.json OUT.mmdb\n" unless defined $out;
open(my $in, '<', $specPath) or die "cannot read $specPath: $!\n";
my $spec = decode_json(do { local $/; <$in> });

my %types = (autonomous_system_number => 'uint32', country => 'map', registered_country => 'map');
my $tree = MaxMind::DB::Writer::Tree->new(
    ip_version            => $spec->{ip_version} // 6,
    record_size           => 24,
    database_type         => $spec->{database_type},
    languages             => ['en'],
    description           => { en => 'DNS Timeline test database' },
    map_key_type_callback => sub { $types{ $_[0] } // 'utf8_string' },
    merge_strategy        => 'none',
    remove_reserved_networks => 0, # the tests use the documentation ranges
    alias_ipv6_to_ipv4    => ($spec->{ip_version} // 6) == 6 ? 1 : 0,
);
$tree->_set_build_epoch($spec->{build_epoch}) if defined $spec->{build_epoch};
$tree->insert_network($_->{network}, $_->{data}) for @{ $spec->{networks} };
open(my $fh, '>:raw', $out) or die "cannot write $out: $!\n";
$tree->write_tree($fh);
close($fh) or die "cannot write $out: $!\n";
